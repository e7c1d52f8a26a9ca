package org.yangguang.inforequest.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.springframework.validation.Errors;

/** The forms of the actions on a case page, as typed, with the readers that report unreadable values. */
final class CaseForms {

	private CaseForms() {
	}

	record AssignForm(String agencyId) {
	}

	record CorrectionForm(String items, String dueOn) {

		List<String> itemList() {
			return items == null ? List.of()
					: Arrays.stream(items.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	record CorrectedForm(String text, String receivedOn) {
	}

	record ThirdPartyForm(String party, String contact) {
	}

	record OpinionForm(String consent, String reason, String answeredOn) {
	}

	record ExtendForm(String workingDays, String reason) {
	}

	record RefuseForm(String reason) {
	}

	record FeeForm(String method, String pages) {
	}

	record PaidForm(String paidOn) {
	}

	record ReplyForm(String replyType, String outcome, String ground, String body, String otherAgencyName,
			String otherAgencyContact) {
	}

	record AppealForm(String kind, String filedOn, String result, String decidedOn, String note) {
	}

	record WithdrawForm(String reason) {
	}

	record RevealForm(String purpose) {
	}

	/** An optional ISO date (from a date input); a rejected value is reported on {@code field}. */
	static LocalDate date(Errors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "inforequest.error.dateFormat", new Object[] { value }, null);
			return null;
		}
	}

	/** An optional whole number; a rejected value is reported on {@code field}. */
	static Integer number(Errors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!value.strip().matches("\\d{1,6}")) {
			errors.rejectValue(field, "inforequest.error.numberFormat", new Object[] { value }, null);
			return null;
		}
		return Integer.valueOf(value.strip());
	}
}
