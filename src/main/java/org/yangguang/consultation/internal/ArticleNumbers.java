package org.yangguang.consultation.internal;

/** Article numbers as Chinese legal texts write them (第十二条) and back. */
public final class ArticleNumbers {

	private static final String DIGITS = "零一二三四五六七八九";

	private ArticleNumbers() {
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
	public static String chinese(int n) {
		if (n <= 0 || n >= 1000) {
			return Integer.toString(n);
		}
		int hundreds = n / 100;
		int tens = n / 10 % 10;
		int ones = n % 10;
		StringBuilder s = new StringBuilder();
		if (hundreds > 0) {
			s.append(DIGITS.charAt(hundreds)).append('百');
			if (tens == 0 && ones > 0) {
				s.append('零');
			}
		}
		if (tens > 0) {
			if (!(tens == 1 && hundreds == 0)) {
				s.append(DIGITS.charAt(tens));
			}
			s.append('十');
		}
		if (ones > 0) {
			s.append(DIGITS.charAt(ones));
		}
		return s.toString();
	}

	public static String label(int n) {
		return "第" + chinese(n) + "条";
	}

	/** "3", "第三条", "三", "第12条" → the number; null for blank; -1 for anything else. */
	public static int parse(String given) {
		if (given == null || given.isBlank()) {
			return 0;
		}
		String s = given.strip();
		if (s.startsWith("第")) {
			s = s.substring(1);
		}
		if (s.endsWith("条")) {
			s = s.substring(0, s.length() - 1);
		}
		if (s.chars().allMatch(Character::isDigit) && !s.isEmpty() && s.length() < 5) {
			return Integer.parseInt(s);
		}
		return fromChinese(s);
	}

	static int fromChinese(String s) {
		if (s.isEmpty()) {
			return -1;
		}
		int total = 0;
		int digit = -1;
		for (char ch : s.toCharArray()) {
			int d = DIGITS.indexOf(ch);
			if (d >= 0) {
				digit = d;
			}
			else if (ch == '百') {
				total += (digit < 0 ? 1 : digit) * 100;
				digit = -1;
			}
			else if (ch == '十') {
				total += (digit < 0 ? 1 : digit) * 10;
				digit = -1;
			}
			else {
				return -1;
			}
		}
		return digit > 0 ? total + digit : total == 0 ? -1 : total;
	}
}
