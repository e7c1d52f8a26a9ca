package org.yangguang.disclosure.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yangguang.organisation.Organisation;

/**
 * 索引号 — {@code PREFIX/YYYY-NNNNN}: the publisher's unified social credit code (its organisation code when it has
 * none), the year, and a five-digit sequence per publisher and year (DOMAIN.md §7).
 */
public record IndexNumber(String prefix, int year, int sequence) {

	public static final int MAX_SEQUENCE = 99_999;
	private static final Pattern FORMAT = Pattern.compile("([^/\\s]{1,40})/(\\d{4})-(\\d{5})");

	public IndexNumber {
		if (prefix == null || prefix.isBlank() || prefix.contains("/")) {
			throw new IllegalArgumentException("prefix: " + prefix);
		}
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("year: " + year);
		}
		if (sequence < 1 || sequence > MAX_SEQUENCE) {
			throw new IllegalArgumentException("sequence: " + sequence);
		}
	}

	/** The prefix for an organisation: its 18-character credit code, else its organisation code. */
	public static String prefixOf(Organisation publisher) {
		String credit = publisher.creditCode();
		return credit != null && !credit.isBlank() ? credit.strip().toUpperCase(java.util.Locale.ROOT)
				: publisher.code();
	}

	public static IndexNumber parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new IllegalArgumentException("not an index number: " + text);
		}
		return new IndexNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
	}

	public static boolean isWellFormed(String text) {
		return text != null && FORMAT.matcher(text).matches();
	}

	@Override
	public String toString() {
		return String.format("%s/%04d-%05d", prefix, year, sequence);
	}
}
