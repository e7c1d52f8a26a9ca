package org.yangguang.appeals.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** 诉求编号 — {@code SQ} + year + 6 digits (e.g. {@code SQ2026000123}), taken under the year's row lock. */
@Component
class TicketNumbers {

	private final JdbcClient jdbc;

	TicketNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(int year) {
		jdbc.sql("INSERT INTO appeals_sequence (seq_year, last_number) VALUES (:year, 0) ON CONFLICT DO NOTHING")
			.param("year", year).update();
		jdbc.sql("UPDATE appeals_sequence SET last_number = last_number + 1 WHERE seq_year = :year").param("year", year)
			.update();
		int value = jdbc.sql("SELECT last_number FROM appeals_sequence WHERE seq_year = :year").param("year", year)
			.query(Integer.class).single();
		return "SQ" + year + String.format("%06d", value);
	}
}
