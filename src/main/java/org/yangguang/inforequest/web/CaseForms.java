package org.yangguang.inforequest.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * The forms of the actions on a case page, typed: Spring binds dates (ISO, from date inputs) and numbers, and an
 * unreadable value comes back on its field with the {@code typeMismatch} message of the page's language.
 */
final class CaseForms {

	private CaseForms() {
	}

	record AssignForm(@NotNull(message = "{inforequest.error.agencyRequired}") Long agencyId) {
	}

	record CorrectionForm(String items, LocalDate dueOn) {

		List<String> itemList() {
			return items == null ? List.of()
					: Arrays.stream(items.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	record CorrectedForm(String text, LocalDate receivedOn) {
	}

	record ThirdPartyForm(String party, String contact) {
	}

	record OpinionForm(String consent, String reason, LocalDate answeredOn) {

		/** {@code yes}: consents, {@code no}: objects, anything else: no answer. */
		Boolean consents() {
			return "yes".equals(consent) ? Boolean.TRUE : "no".equals(consent) ? Boolean.FALSE : null;
		}
	}

	record ExtendForm(Integer workingDays, String reason) {
	}

	record RefuseForm(String reason) {
	}

	record FeeForm(String method, Integer pages) {
	}

	record PaidForm(LocalDate paidOn) {
	}

	/** The reply; a partial disclosure names up to three withheld parts, each with its ground (条例第三十七条). */
	record ReplyForm(String replyType, String outcome, String ground, String body, String otherAgencyName,
			String otherAgencyContact, String withheldPart1, String withheldGround1, String withheldPart2,
			String withheldGround2, String withheldPart3, String withheldGround3) {

		java.util.List<org.yangguang.inforequest.WithheldPart> withheldParts() {
			return java.util.List.of(new org.yangguang.inforequest.WithheldPart(withheldPart1, blankToNull(withheldGround1)),
					new org.yangguang.inforequest.WithheldPart(withheldPart2, blankToNull(withheldGround2)),
					new org.yangguang.inforequest.WithheldPart(withheldPart3, blankToNull(withheldGround3)));
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s;
		}
	}

	/** 要求说明理由 (条例第三十五条). */
	record ReasonsForm(String reason) {
	}

	record AppealForm(String kind, LocalDate filedOn, String result, LocalDate decidedOn, String note) {
	}

	record WithdrawForm(String reason) {
	}

	record RevealForm(String purpose) {
	}
}
