package org.yangguang.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates typed into a text area, one per line (commas and spaces also separate them), written as
 * {@code 2024-10-01}. Entries that are not such a date are kept apart so the form can name each of them.
 */
record DateList(List<LocalDate> dates, List<String> invalid) {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");

	static DateList parse(String text) {
		List<LocalDate> dates = new ArrayList<>();
		List<String> invalid = new ArrayList<>();
		if (text != null) {
			for (String entry : SEPARATORS.split(text.strip())) {
				if (entry.isEmpty()) {
					continue;
				}
				try {
					dates.add(LocalDate.parse(entry));
				}
				catch (DateTimeParseException ex) {
					invalid.add(entry);
				}
			}
		}
		return new DateList(List.copyOf(dates), List.copyOf(invalid));
	}

	static String format(List<LocalDate> dates) {
		return String.join("\n", dates.stream().map(LocalDate::toString).toList());
	}
}
