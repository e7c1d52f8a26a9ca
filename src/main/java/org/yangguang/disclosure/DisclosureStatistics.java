package org.yangguang.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 主动公开统计 — the figures of table 二 of the annual report (政府信息公开工作年度报告), computed from the
 * catalog in three queries:
 * <ul>
 * <li>规章 and 行政规范性文件 (by the genre of the document's current version): issued in the year (成文日期 of its
 * first version in the year: an amended document keeps the year it was first made for 本年制发), repealed in the year
 * (废止日期 in the year), and in force at the year's end (first written by then, not repealed by then, and not past
 * its 有效期). Withdrawn
 * documents are not counted: they are no longer public.</li>
 * <li>行政许可, 行政处罚, 行政强制: published results of exercising those powers decided in the year.</li>
 * <li>行政事业性收费: the amounts collected in the year on the fee items, in 万元 (four decimals).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class DisclosureStatistics {

	private final JdbcClient jdbc;

	DisclosureStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ProactiveYearFigures proactiveFigures(int year, Collection<Long> organisationIds) {
		if (organisationIds == null || organisationIds.isEmpty()) {
			return new ProactiveYearFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(4));
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		Map<String, long[]> documents = jdbc.sql("""
				SELECT v.genre,
				  SUM(CASE WHEN v1.written_on BETWEEN :from AND :to THEN 1 ELSE 0 END) AS issued,
				  SUM(CASE WHEN d.status = 'repealed' AND d.repealed_on BETWEEN :from AND :to THEN 1 ELSE 0 END)
				    AS repealed,
				  SUM(CASE WHEN v1.written_on <= :to AND (d.status = 'published' OR d.repealed_on > :to)
				    AND (d.valid_until IS NULL OR d.valid_until >= :to)
				    THEN 1 ELSE 0 END) AS in_force
				FROM disclosure_document d
				JOIN disclosure_version v ON v.document_id = d.id AND v.version_no = d.current_version
				JOIN disclosure_version v1 ON v1.document_id = d.id AND v1.version_no = 1
				WHERE d.status IN ('published', 'repealed') AND d.organisation_id IN (:orgs)
				  AND v.genre IN ('rule', 'normative')
				GROUP BY v.genre""")
			.param("from", from).param("to", to).param("orgs", organisationIds)
			.query((rs, n) -> Map.entry(rs.getString("genre"),
					new long[] { rs.getLong("issued"), rs.getLong("repealed"), rs.getLong("in_force") }))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<String, Long> decisions = jdbc.sql("""
				SELECT kind, COUNT(*) AS decisions FROM disclosure_power_result
				WHERE organisation_id IN (:orgs) AND decided_on BETWEEN :from AND :to
				  AND kind IN ('licensing', 'penalty', 'coercion')
				GROUP BY kind""")
			.param("orgs", organisationIds).param("from", from).param("to", to)
			.query((rs, n) -> Map.entry(rs.getString("kind"), rs.getLong("decisions"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		BigDecimal yuan = jdbc.sql("""
				SELECT COALESCE(SUM(c.amount_yuan), 0) FROM disclosure_fee_collection c
				JOIN disclosure_fee_item f ON f.id = c.fee_item_id
				WHERE f.organisation_id IN (:orgs) AND c.collection_year = :year""")
			.param("orgs", organisationIds).param("year", year).query(BigDecimal.class).single();
		long[] rules = documents.getOrDefault("rule", new long[3]);
		long[] normative = documents.getOrDefault("normative", new long[3]);
		return new ProactiveYearFigures(rules[0], rules[1], rules[2], normative[0], normative[1], normative[2],
				decisions.getOrDefault("licensing", 0L), decisions.getOrDefault("penalty", 0L),
				decisions.getOrDefault("coercion", 0L),
				(yuan == null ? BigDecimal.ZERO : yuan).divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP));
	}
}
