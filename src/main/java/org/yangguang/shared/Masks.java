package org.yangguang.shared;

import java.util.regex.Pattern;

/**
 * 脱敏 — how personal data is shown on public pages and exports: enough to recognise one's own record, not
 * enough to identify a stranger.
 */
public final class Masks {

	private static final Pattern MOBILE_IN_TEXT = Pattern.compile("1[3-9]\\d{9}");
	private static final Pattern ID_IN_TEXT = Pattern.compile("\\d{17}[\\dXx]");

	private Masks() {
	}

	/** Identity and mobile numbers written inside free text (a comment, a ticket), each masked as above. */
	public static String numbersInText(String text) {
		if (text == null) {
			return null;
		}
		String masked = ID_IN_TEXT.matcher(text).replaceAll(m -> idNumber(m.group()));
		return MOBILE_IN_TEXT.matcher(masked).replaceAll(m -> phone(m.group()));
	}

	/** 身份证号: first 3 and last 4 characters kept, e.g. 520**********1234. */
	public static String idNumber(String value) {
		return keep(value, 3, 4);
	}

	/** 手机号: 138****5678; other phone numbers keep their first 3 and last 2 characters. */
	public static String phone(String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		return v.length() == 11 ? keep(v, 3, 4) : keep(v, 3, 2);
	}

	/** 姓名: 张* for two characters, 欧阳*明 style for longer names (first and last kept). */
	public static String name(String value) {
		if (value == null || value.isBlank()) {
			return value;
		}
		int[] cps = value.strip().codePoints().toArray();
		if (cps.length == 1) {
			return value.strip();
		}
		if (cps.length == 2) {
			return new String(cps, 0, 1) + "*";
		}
		return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
	}

	/** 地址: the first 6 characters (province, county, township) kept, the rest hidden. */
	public static String address(String value) {
		if (value == null || value.isBlank()) {
			return value;
		}
		int[] cps = value.strip().codePoints().toArray();
		int kept = Math.min(6, Math.max(0, cps.length - 2));
		return new String(cps, 0, kept) + "****";
	}

	/** 电子邮箱: first character of the local part, then ***@domain. */
	public static String email(String value) {
		if (value == null) {
			return null;
		}
		int at = value.indexOf('@');
		return at <= 0 ? keep(value, 1, 0) : value.charAt(0) + "***" + value.substring(at);
	}

	private static String keep(String value, int head, int tail) {
		if (value == null) {
			return null;
		}
		int[] cps = value.strip().codePoints().toArray();
		if (cps.length <= head + tail) {
			return "*".repeat(cps.length);
		}
		return new String(cps, 0, head) + "*".repeat(cps.length - head - tail)
				+ new String(cps, cps.length - tail, tail);
	}
}
