package org.yangguang.inforequest.internal;

import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.ReplyType;

/**
 * 答复 (条例第三十六条至第三十九条): exactly one reply type with an outcome row it allows; a refusal or a partial
 * disclosure states its reasons; a referral names the responsible agency; every reply says what the applicant gets
 * or why not. "No correction" and "no payment" are not replies: the request is closed by its own action.
 */
public final class ReplyRule {

	private ReplyRule() {
	}

	public static Decision check(ReplyType type, Outcome outcome, String ground, String body, String otherAgencyName) {
		if (outcome == null) {
			return Decision.reject("outcome", "inforequest.error.outcomeRequired");
		}
		if (type == null) {
			return Decision.reject("replyType", "inforequest.error.replyTypeRequired");
		}
		if (!type.allows(outcome)) {
			return Decision.reject("outcome", "inforequest.error.outcomeDoesNotFitType", outcome.key(), type.key());
		}
		if (outcome == Outcome.OTHER_NO_CORRECTION || outcome == Outcome.OTHER_NO_FEE) {
			return Decision.reject("outcome", "inforequest.error.outcomeByClosing", outcome.key());
		}
		boolean reasonsRequired = type == ReplyType.WITHHELD || type == ReplyType.PARTIAL
				|| type == ReplyType.NOT_PROCESSED || type == ReplyType.CANNOT_PROVIDE || type == ReplyType.OTHER;
		if (reasonsRequired && blank(ground)) {
			return Decision.reject("ground", "inforequest.error.groundRequired");
		}
		// 第三十六条第（五）项: name the agency where it can be determined; otherwise say why it cannot
		if (type == ReplyType.OTHER_AGENCY && blank(otherAgencyName) && blank(ground)) {
			return Decision.reject("otherAgencyName", "inforequest.error.otherAgencyRequired");
		}
		if (blank(body)) {
			return Decision.reject("body", "inforequest.error.bodyRequired");
		}
		return Decision.ALLOWED;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
