package org.yangguang.services.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 办件编号 ({@code BJ} + year + 6 digits, e.g. {@code BJ2026000123}) and 统一收费 receipt numbers ({@code SF} …): a
 * year's row per prefix is incremented under its row lock, so two nodes never hand out the same number.
 */
@Component
public class CaseNumbers {

	public static final String CASE = "BJ";
	public static final String RECEIPT = "SF";

	private final JdbcClient jdbc;

	CaseNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(String prefix, int year) {
		jdbc.sql("INSERT INTO services_sequence (name, seq_year, last_number) VALUES (:name, :year, 0) ON CONFLICT DO NOTHING")
			.param("name", prefix).param("year", year).update();
		jdbc.sql("UPDATE services_sequence SET last_number = last_number + 1 WHERE name = :name AND seq_year = :year")
			.param("name", prefix).param("year", year).update();
		int value = jdbc.sql("SELECT last_number FROM services_sequence WHERE name = :name AND seq_year = :year")
			.param("name", prefix).param("year", year).query(Integer.class).single();
		return prefix + year + String.format("%06d", value);
	}
}
