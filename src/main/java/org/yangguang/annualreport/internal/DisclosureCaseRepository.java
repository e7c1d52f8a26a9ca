package org.yangguang.annualreport.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;

/** Cases about proactive disclosure ({@code annualreport_disclosure_case}). */
@Repository
public class DisclosureCaseRepository {

	/** A stored case. */
	public record Row(long id, long organisationId, AppealKind kind, String subject, LocalDate filedOn,
			AppealResult result, LocalDate decidedOn, String recordedBy) {
	}

	private final JdbcClient jdbc;

	DisclosureCaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long organisationId, AppealKind kind, String subject, LocalDate filedOn, String by,
			Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO annualreport_disclosure_case (organisation_id, kind, subject, filed_on, recorded_by,"
				+ " created_at) VALUES (:org, :kind, :subject, :filed, :by, :now)")
			.param("org", organisationId).param("kind", kind.name()).param("subject", subject)
			.param("filed", filedOn).param("by", by).param("now", now.atOffset(ZoneOffset.UTC)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public void decide(long id, AppealResult result, LocalDate decidedOn) {
		jdbc.sql("UPDATE annualreport_disclosure_case SET result = :result, decided_on = :on WHERE id = :id")
			.param("result", result.name()).param("on", decidedOn).param("id", id).update();
	}

	public Optional<Row> find(long id) {
		return jdbc.sql("SELECT * FROM annualreport_disclosure_case WHERE id = :id").param("id", id)
			.query(DisclosureCaseRepository::map).optional();
	}

	/** The cases of the organisations dealt with in [from, to]: filed by {@code to}, not decided before {@code from}. */
	public List<Row> dealtWith(Collection<Long> organisations, LocalDate from, LocalDate to) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM annualreport_disclosure_case
				WHERE organisation_id IN (:orgs) AND filed_on <= :to AND (decided_on IS NULL OR decided_on >= :from)
				ORDER BY filed_on, id""")
			.param("orgs", organisations).param("from", from).param("to", to).query(DisclosureCaseRepository::map)
			.list();
	}

	/**
	 * Table 四's counts of those cases, by kind and by the result at the end of the period (尚未审结 when not decided
	 * by {@code to}) — the rule the request module applies to cases about applications.
	 */
	public Map<AppealKind, Map<AppealResult, Long>> counts(Collection<Long> organisations, LocalDate from,
			LocalDate to) {
		Map<AppealKind, Map<AppealResult, Long>> counts = new EnumMap<>(AppealKind.class);
		for (Row r : dealtWith(organisations, from, to)) {
			AppealResult atEnd = r.decidedOn() == null || r.decidedOn().isAfter(to) ? AppealResult.PENDING : r.result();
			counts.computeIfAbsent(r.kind(), k -> new EnumMap<>(AppealResult.class)).merge(atEnd, 1L, Long::sum);
		}
		return counts;
	}

	private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String result = rs.getString("result");
		return new Row(rs.getLong("id"), rs.getLong("organisation_id"), AppealKind.valueOf(rs.getString("kind")),
				rs.getString("subject"), rs.getObject("filed_on", LocalDate.class),
				result == null ? null : AppealResult.valueOf(result), rs.getObject("decided_on", LocalDate.class),
				rs.getString("recorded_by"));
	}
}
