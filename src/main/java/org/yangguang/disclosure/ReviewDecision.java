package org.yangguang.disclosure;

import org.yangguang.shared.RuleViolationException;

/**
 * A reviewer's decision (审核意见): approve, confirming the confidentiality review (保密审查) and the accuracy
 * review (预先审核), or return with reasons.
 */
public record ReviewDecision(boolean approve, String comment, boolean confidentialityChecked,
		boolean accuracyChecked) {

	public static final int MAX_COMMENT = 2000;

	/**
	 * From the API's {@code "approve"} or {@code "return"}; the checks default to confirmed for an approval (the
	 * decision itself states them) unless explicitly false.
	 */
	public static ReviewDecision of(String decision, String comment, Boolean confidentiality, Boolean accuracy) {
		if ("approve".equals(decision)) {
			return new ReviewDecision(true, comment, confidentiality == null || confidentiality,
					accuracy == null || accuracy);
		}
		if ("return".equals(decision)) {
			return new ReviewDecision(false, comment, Boolean.TRUE.equals(confidentiality),
					Boolean.TRUE.equals(accuracy));
		}
		throw RuleViolationException.onField("decision", "disclosure.error.decision");
	}

	/** A return needs its reasons; an approval needs both reviews confirmed. */
	public void validate() {
		if (comment != null && comment.strip().length() > MAX_COMMENT) {
			throw RuleViolationException.onField("comment", "disclosure.error.tooLong", MAX_COMMENT);
		}
		if (!approve && cleanComment() == null) {
			throw RuleViolationException.onField("comment", "disclosure.error.returnReasonRequired");
		}
		if (approve && !confidentialityChecked) {
			throw RuleViolationException.onField("confidentialityChecked", "disclosure.error.confidentialityRequired");
		}
		if (approve && !accuracyChecked) {
			throw RuleViolationException.onField("accuracyChecked", "disclosure.error.accuracyRequired");
		}
	}

	public String cleanComment() {
		return comment == null || comment.isBlank() ? null : comment.strip();
	}
}
