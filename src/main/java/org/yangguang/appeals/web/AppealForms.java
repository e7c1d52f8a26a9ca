package org.yangguang.appeals.web;

/** The forms of the appeal pages. */
final class AppealForms {

	private AppealForms() {
	}

	/** A citizen's message, or the operator's call sheet (caller and channel). */
	record AppealForm(String type, String channel, String title, String message, Boolean publicConsent,
			Boolean confidential, String callerName, String callerPhone, String callerAddress) {

		static final AppealForm EMPTY = new AppealForm("consultation", "hotline", null, null, Boolean.TRUE, Boolean.FALSE,
				null, null, null);
	}

	/** One staff step; each step reads the fields it needs. */
	record StepForm(String department, String viaTownship, String reason, String answer, String note, String route,
			String agency, String ticket, Integer workingDays, Boolean approve) {

		static final StepForm EMPTY = new StepForm(null, null, null, null, null, null, null, null, null, null);
	}

	record RateForm(String result) {
	}
}
