package org.yangguang.calendar.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Consecutive dates, e.g. one holiday period (放假期间), first and last day included. */
public record DateRun(LocalDate first, LocalDate last) {

	/** The runs of consecutive days in ascending {@code dates}. */
	static List<DateRun> of(List<LocalDate> dates) {
		List<DateRun> runs = new ArrayList<>();
		LocalDate first = null;
		LocalDate last = null;
		for (LocalDate day : dates) {
			if (last != null && day.equals(last.plusDays(1))) {
				last = day;
				continue;
			}
			if (first != null) {
				runs.add(new DateRun(first, last));
			}
			first = day;
			last = day;
		}
		if (first != null) {
			runs.add(new DateRun(first, last));
		}
		return runs;
	}

	public boolean singleDay() {
		return first.equals(last);
	}

	public long days() {
		return last.toEpochDay() - first.toEpochDay() + 1;
	}
}
