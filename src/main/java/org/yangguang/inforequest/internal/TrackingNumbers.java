package org.yangguang.inforequest.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受理编号 — {@code YSQ} + the year + a 6-digit sequence per year, e.g. {@code YSQ2026000123}. The year's row is
 * created once and then incremented under its row lock, so two nodes never hand out the same number; a number is
 * never reused (a rolled-back registration leaves a gap, which is harmless).
 */
@Component
public class TrackingNumbers {

	static final String PREFIX = "YSQ";
	static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("YSQ\\d{4}\\d{6}");

	private final JdbcClient jdbc;

	TrackingNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of {@code year}, taken inside the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public String next(int year) {
		jdbc.sql("INSERT INTO inforequest_sequence (seq_year, last_number) VALUES (:year, 0) ON CONFLICT DO NOTHING")
			.param("year", year).update();
		jdbc.sql("UPDATE inforequest_sequence SET last_number = last_number + 1 WHERE seq_year = :year")
			.param("year", year).update();
		int value = jdbc.sql("SELECT last_number FROM inforequest_sequence WHERE seq_year = :year").param("year", year)
			.query(Integer.class).single();
		if (value > 999_999) {
			throw new IllegalStateException("tracking numbers of " + year + " exhausted");
		}
		return format(year, value);
	}

	static String format(int year, int sequence) {
		return PREFIX + year + String.format("%06d", sequence);
	}

	public static boolean isTrackingNo(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}
}
