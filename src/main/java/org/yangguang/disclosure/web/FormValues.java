package org.yangguang.disclosure.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

/**
 * Typed values from the text of a form field: a wrong value becomes an error next to its field (saying the
 * expected format) instead of a failed binding, so the form is shown again with what the user typed.
 */
final class FormValues {

	private FormValues() {
	}

	static LocalDate date(BindingResult errors, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "disclosure.form.error.date", new Object[] { value.strip() },
					"disclosure.form.error.date");
			return null;
		}
	}

	static Long number(BindingResult errors, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			errors.rejectValue(field, "disclosure.form.error.number", new Object[] { value.strip() },
					"disclosure.form.error.number");
			return null;
		}
	}

	static BigDecimal amount(BindingResult errors, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			errors.rejectValue(field, "disclosure.fee.error.amount", "disclosure.fee.error.amount");
			return null;
		}
	}
}
