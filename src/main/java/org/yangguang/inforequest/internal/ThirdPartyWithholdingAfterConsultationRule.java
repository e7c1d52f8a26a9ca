package org.yangguang.inforequest.internal;

import org.yangguang.inforequest.Outcome;

/**
 * 保护第三方合法权益 (条例第十五条、第三十二条): information is withheld because disclosure would harm a third party's
 * lawful rights (trade secret, personal privacy) only after the third party was consulted in writing — or, where the
 * harm is evident and the third party cannot be reached, with that reason on record.
 */
public final class ThirdPartyWithholdingAfterConsultationRule {

	private ThirdPartyWithholdingAfterConsultationRule() {
	}

	/**
	 * @param consulted        whether the written consultation of the third party is on the request's record
	 * @param notConsultedReason why the harm is evident and the third party cannot be reached (blank: none given)
	 */
	public static Decision check(Outcome outcome, boolean consulted, String notConsultedReason) {
		if (outcome == Outcome.WITHHELD_THIRD_PARTY && !consulted
				&& (notConsultedReason == null || notConsultedReason.isBlank())) {
			return Decision.reject("thirdPartyNotConsultedReason", "inforequest.error.thirdPartyWithholdingNotConsulted");
		}
		return Decision.ALLOWED;
	}
}
