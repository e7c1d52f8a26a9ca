package org.yangguang.inforequest.internal;

import org.yangguang.inforequest.Outcome;

/**
 * 无正当理由大量反复申请 (条例第三十五条): requests clearly beyond a reasonable number or frequency may be refused as "not
 * processed" only after the agency asked the applicant for their reasons (and found them unreasonable) — the
 * request for reasons must be on record.
 */
public final class MassiveOnlyAfterAskingForReasonsRule {

	private MassiveOnlyAfterAskingForReasonsRule() {
	}

	/** @param reasonsAsked whether the request for reasons ({@code reasons-requested}) is on the request's record */
	public static Decision check(Outcome outcome, boolean reasonsAsked) {
		if (outcome == Outcome.NOT_PROCESSED_MASSIVE && !reasonsAsked) {
			return Decision.reject("outcome", "inforequest.error.massiveWithoutReasonsAsked");
		}
		return Decision.ALLOWED;
	}
}
