package org.yangguang.shared;

/** 居民身份证号码 (GB 11643): 17 digits and a check character computed with ISO 7064 MOD 11-2. */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private ResidentIdNumber() {
	}

	public static boolean isValid(String value) {
		if (value == null || !value.matches("\\d{17}[\\dXx]")) {
			return false;
		}
		return Character.toUpperCase(value.charAt(17)) == checkCharacter(value.substring(0, 17));
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}
}
