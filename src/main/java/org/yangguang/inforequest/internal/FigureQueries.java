package org.yangguang.inforequest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Outcome;

/**
 * The counts behind the annual report, each one GROUP BY over the requests addressed to a set of agencies (the
 * agency applied to answers and counts them, 条例第三十六条, whichever unit handled them). The counting
 * rule: a request counts in the year it was received (本年新收) or, received earlier and undecided at the year's
 * start, as carried over (上年结转); in the outcome row of the year it was decided; and as carried out (结转下年度)
 * when undecided at the year's end. So 新收 + 结转 = 办理结果合计 + 结转下年度 always holds.
 */
@Repository
public class FigureQueries {

	private final JdbcClient jdbc;

	FigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** 本年新收: received in [from, to]. */
	public Map<ApplicantType, Long> received(Collection<Long> agencies, LocalDate from, LocalDate to) {
		return byType("received_on >= :from AND received_on <= :to", agencies, from, to);
	}

	/** 上年结转: received before {@code from} and not decided before it. */
	public Map<ApplicantType, Long> carriedIn(Collection<Long> agencies, LocalDate from, LocalDate to) {
		return byType("received_on < :from AND (decided_on IS NULL OR decided_on >= :from)", agencies, from, to);
	}

	/** 结转下年度: received up to {@code to} and not decided by then. */
	public Map<ApplicantType, Long> carriedOut(Collection<Long> agencies, LocalDate from, LocalDate to) {
		return byType("received_on <= :to AND (decided_on IS NULL OR decided_on > :to)", agencies, from, to);
	}

	private Map<ApplicantType, Long> byType(String condition, Collection<Long> agencies, LocalDate from,
			LocalDate to) {
		Map<ApplicantType, Long> counts = new EnumMap<>(ApplicantType.class);
		jdbc.sql("SELECT applicant_type, COUNT(*) AS n FROM inforequest_request WHERE addressed_to_id IN (:agencies) AND "
				+ condition + " GROUP BY applicant_type")
			.param("agencies", agencies).param("from", from).param("to", to)
			.query(rs -> {
				counts.put(ApplicantType.valueOf(rs.getString("applicant_type")), rs.getLong("n"));
			});
		return counts;
	}

	/** 办理结果: decided in [from, to], by outcome row and applicant type. */
	public Map<Outcome, Map<ApplicantType, Long>> outcomes(Collection<Long> agencies, LocalDate from, LocalDate to) {
		Map<Outcome, Map<ApplicantType, Long>> counts = new EnumMap<>(Outcome.class);
		jdbc.sql("""
				SELECT outcome, applicant_type, COUNT(*) AS n FROM inforequest_request
				WHERE addressed_to_id IN (:agencies) AND decided_on >= :from AND decided_on <= :to
				GROUP BY outcome, applicant_type""")
			.param("agencies", agencies).param("from", from).param("to", to)
			.query(rs -> {
				counts.computeIfAbsent(Outcome.fromKey(rs.getString("outcome")), o -> new EnumMap<>(ApplicantType.class))
					.put(ApplicantType.valueOf(rs.getString("applicant_type")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * Reconsideration and litigation cases dealt with in the year: filed by {@code to} and not decided before
	 * {@code from}, by kind and by their result at the year's end (尚未审结 when not decided by then).
	 */
	public Map<AppealKind, Map<AppealResult, Long>> appeals(Collection<Long> agencies, LocalDate from, LocalDate to) {
		Map<AppealKind, Map<AppealResult, Long>> counts = new EnumMap<>(AppealKind.class);
		jdbc.sql("""
				SELECT kind, result_at_end, COUNT(*) AS n FROM (
				    SELECT a.kind AS kind,
				        CASE WHEN a.decided_on IS NULL OR a.decided_on > :to THEN 'PENDING' ELSE a.result END AS result_at_end
				    FROM inforequest_appeal a JOIN inforequest_request r ON r.id = a.request_id
				    WHERE r.addressed_to_id IN (:agencies) AND a.filed_on <= :to
				      AND (a.decided_on IS NULL OR a.decided_on >= :from)) cases
				GROUP BY kind, result_at_end""")
			.param("agencies", agencies).param("from", from).param("to", to)
			.query(rs -> {
				counts.computeIfAbsent(AppealKind.valueOf(rs.getString("kind")), k -> new EnumMap<>(AppealResult.class))
					.put(AppealResult.valueOf(rs.getString("result_at_end")), rs.getLong("n"));
			});
		return counts;
	}

	/** 信息处理费 paid in [from, to], in yuan. */
	public BigDecimal feesCollected(Collection<Long> agencies, LocalDate from, LocalDate to) {
		BigDecimal sum = jdbc.sql("""
				SELECT SUM(fee_amount) FROM inforequest_request
				WHERE addressed_to_id IN (:agencies) AND fee_paid_on >= :from AND fee_paid_on <= :to""")
			.param("agencies", agencies).param("from", from).param("to", to)
			.query(BigDecimal.class).optional().orElse(null);
		return RequestRepository.yuan(sum);
	}
}
