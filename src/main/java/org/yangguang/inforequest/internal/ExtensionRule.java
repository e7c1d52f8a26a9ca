package org.yangguang.inforequest.internal;

/**
 * 延长答复期限 (条例第三十三条第一款): once, at most 20 working days, with a reason, approved by the head of the
 * disclosure office. The "once" part is the state machine's: see {@link InformationRequest#grantExtension}.
 */
public final class ExtensionRule {

	private ExtensionRule() {
	}

	/** @param maxDays the most working days an extension may add (20) */
	public static Decision check(int days, String reason, int maxDays) {
		if (days < 1) {
			return Decision.reject("workingDays", "inforequest.error.extensionDaysPositive");
		}
		if (days > maxDays) {
			return Decision.reject("workingDays", "inforequest.error.extensionTooLong", maxDays, days);
		}
		if (reason == null || reason.isBlank()) {
			return Decision.reject("reason", "inforequest.error.extensionReasonRequired");
		}
		return Decision.ALLOWED;
	}
}
