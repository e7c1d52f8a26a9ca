package org.yangguang.inforequest.internal;

import org.yangguang.inforequest.Correction;
import org.yangguang.inforequest.Outcome;

/**
 * 补正后申请内容仍不明确 (条例第三十条): "cannot provide: still unclear after correction" is a reply only to an application
 * that was sent a correction notice and corrected; an unclear application is first given the notice.
 */
public final class StillUnclearOnlyAfterCorrectionRule {

	private StillUnclearOnlyAfterCorrectionRule() {
	}

	public static Decision check(Outcome outcome, Correction correction) {
		if (outcome == Outcome.UNABLE_STILL_UNCLEAR && (correction == null || correction.correctedOn() == null)) {
			return Decision.reject("outcome", "inforequest.error.stillUnclearWithoutCorrection");
		}
		return Decision.ALLOWED;
	}
}
