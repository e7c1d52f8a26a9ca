package org.yangguang.audit.internal;

/**
 * Makes free text fit its column before it is hashed and stored, so that an unusually long state or reason never
 * makes the audited change fail, and the stored text is exactly the hashed text. NUL characters, which
 * PostgreSQL cannot store in text, become U+FFFD.
 */
final class ColumnText {

	static final int ADDRESS = 64;
	static final int SHORT = 100;
	static final int REASON = 4000;
	static final int STATE = 100_000;

	private static final String CUT_MARK = "…";

	private ColumnText() {
	}

	static String fit(String value, int max) {
		if (value == null) {
			return null;
		}
		String clean = value.replace('\u0000', '\uFFFD');
		if (clean.length() <= max) {
			return clean;
		}
		int end = max - CUT_MARK.length();
		if (Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		return clean.substring(0, end) + CUT_MARK;
	}
}
