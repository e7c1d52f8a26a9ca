package org.yangguang.disclosure.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.organisation.Organisation;
import org.yangguang.shared.RuleViolationException;

/**
 * Hands out index numbers: one sequence row per publisher and year, incremented under its row lock in the
 * publishing transaction, so numbers are unique across nodes and never reused (a rolled-back publication gives
 * its number back before anyone else could see it; a committed one keeps it forever).
 */
@Component
class IndexNumbers {

	private final JdbcClient jdbc;

	IndexNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	IndexNumber next(Organisation publisher, int year) {
		jdbc.sql("INSERT INTO disclosure_index_sequence (organisation_id, seq_year, last_value) VALUES (?, ?, 0)"
				+ " ON CONFLICT DO NOTHING").params(publisher.id(), year).update();
		jdbc.sql("UPDATE disclosure_index_sequence SET last_value = last_value + 1 WHERE organisation_id = ?"
				+ " AND seq_year = ?").params(publisher.id(), year).update();
		int value = jdbc.sql("SELECT last_value FROM disclosure_index_sequence WHERE organisation_id = ? AND seq_year = ?")
			.params(publisher.id(), year).query(Integer.class).single();
		if (value > IndexNumber.MAX_SEQUENCE) {
			throw new RuleViolationException("disclosure.error.indexExhausted", publisher.name(), year);
		}
		return new IndexNumber(IndexNumber.prefixOf(publisher), year, value);
	}
}
