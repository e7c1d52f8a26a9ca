package org.yangguang.shared;

/** 统一社会信用代码 (GB 32100): 18 characters, the last a check character over the first 17. */
public final class UnifiedSocialCreditCode {

	private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private UnifiedSocialCreditCode() {
	}

	public static boolean isValid(String value) {
		if (value == null || value.length() != 18) {
			return false;
		}
		String v = value.toUpperCase(java.util.Locale.ROOT);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int c = CHARS.indexOf(v.charAt(i));
			if (c < 0) {
				return false;
			}
			sum += c * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return v.charAt(17) == CHARS.charAt(check);
	}

	/** Completes 17 characters with their check character (used for demo data). */
	public static String withCheck(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return first17 + CHARS.charAt((31 - sum % 31) % 31);
	}
}
