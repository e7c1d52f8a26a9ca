package org.yangguang.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.validation.Errors;
import org.yangguang.calendar.TimeLimit;

/**
 * The public deadline calculator: day of receipt and number of working days, as typed. Both are read here so
 * that every mistake is reported at once and the page shows back exactly what was typed.
 */
record DeadlineForm(String start, String workingDays) {

	/** What the calculator needs, when both fields are usable. */
	record Query(LocalDate start, int workingDays) {
	}

	Optional<Query> read(Errors errors) {
		LocalDate day = null;
		if (start == null || start.isBlank()) {
			errors.rejectValue("start", "calendar.deadline.error.start.required");
		}
		else {
			try {
				day = LocalDate.parse(start.strip());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("start", "calendar.deadline.error.start.format");
			}
		}
		Integer days = null;
		if (workingDays == null || workingDays.isBlank()) {
			errors.rejectValue("workingDays", "calendar.deadline.error.workingDays.required");
		}
		else if (!workingDays.strip().matches("-?\\d{1,9}")) {
			errors.rejectValue("workingDays", "calendar.deadline.error.workingDays.format");
		}
		else {
			days = Integer.valueOf(workingDays.strip());
			if (days < 1 || days > TimeLimit.MAX_WORKING_DAYS) {
				errors.rejectValue("workingDays", "calendar.deadline.error.workingDays.range",
						new Object[] { 1, TimeLimit.MAX_WORKING_DAYS }, null);
			}
		}
		return errors.hasErrors() ? Optional.empty() : Optional.of(new Query(day, days));
	}
}
