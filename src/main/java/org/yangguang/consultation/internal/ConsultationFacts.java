package org.yangguang.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per consultation published in a year, with its comment counts, for the statistics. */
@Repository
public class ConsultationFacts {

	public record Fact(long id, long organisationId, int comments, int adopted, int partly, int rejected,
			LocalDate reportDueOn, LocalDate reportPublishedOn) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	ConsultationFacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public List<Fact> ofYear(int year) {
		return jdbc.sql("""
				SELECT c.id, c.organisation_id,
					(SELECT COUNT(*) FROM consultation_comment k WHERE k.consultation_id = c.id AND k.moderation IS NULL),
					(SELECT COUNT(*) FROM consultation_comment k WHERE k.consultation_id = c.id AND k.moderation IS NULL
						AND k.decision = 'ADOPTED'),
					(SELECT COUNT(*) FROM consultation_comment k WHERE k.consultation_id = c.id AND k.moderation IS NULL
						AND k.decision = 'PARTLY'),
					(SELECT COUNT(*) FROM consultation_comment k WHERE k.consultation_id = c.id AND k.moderation IS NULL
						AND k.decision = 'REJECTED'),
					c.report_due_on, c.report_published_on
				FROM consultation c
				WHERE c.published_on >= :from AND c.published_on < :to ORDER BY c.id""")
			.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, n) -> new Fact(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
			.list();
	}
}
