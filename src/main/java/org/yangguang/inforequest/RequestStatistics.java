package org.yangguang.inforequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.inforequest.internal.FigureQueries;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * 依申请公开统计 — the figures of tables 三 and 四 (and the fees of section 六) of the annual report, computed from the
 * request records, imported history included. A request counts for the agency it was addressed to, which answers
 * it in its own name whichever of its units handled it (条例第三十六条); organisations that do not take applications
 * under the Regulation — villages, public institutions and enterprises (第五十五条) — are never counted.
 * <ul>
 * <li>一 received: received in the year;
 * <li>二 carriedIn: received before the year and undecided at its start;
 * <li>三 outcomes: decided in the year, under its outcome row;
 * <li>四 carriedOut: received by the year's end and undecided at its end.
 * </ul>
 * Hence 一 + 二 = 三（七）总计 + 四 for every applicant column. Table 四 counts each reconsideration or lawsuit once,
 * for the agency that handled the request: the cases filed by the year's end and not decided before it started,
 * with their result at the year's end (尚未审结 if not decided by then).
 */
@Service
@Transactional(readOnly = true)
public class RequestStatistics {

	private final FigureQueries queries;
	private final Organisations organisations;

	RequestStatistics(FigureQueries queries, Organisations organisations) {
		this.queries = queries;
		this.organisations = organisations;
	}

	/**
	 * @param organisationIds the agencies to count (a department, or a government with its whole subtree); empty
	 *                        gives zeros
	 */
	public RequestYearFigures annualFigures(int year, Collection<Long> organisationIds) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<Long> agencies = organisationIds == null ? List.of()
				: organisations.all().stream()
					.filter(o -> o.acceptsApplications() && organisationIds.contains(o.id()))
					.map(Organisation::id).toList();
		if (agencies.isEmpty()) {
			return new RequestYearFigures(year, Map.of(), Map.of(), Map.of(), Map.of(),
					RequestYearFigures.AppealCounts.NONE, RequestYearFigures.AppealCounts.NONE,
					RequestYearFigures.AppealCounts.NONE, BigDecimal.ZERO);
		}
		Map<AppealKind, Map<AppealResult, Long>> appeals = queries.appeals(agencies, from, to);
		return new RequestYearFigures(year, queries.received(agencies, from, to),
				queries.carriedIn(agencies, from, to), queries.outcomes(agencies, from, to),
				queries.carriedOut(agencies, from, to), block(appeals, AppealKind.RECONSIDERATION),
				block(appeals, AppealKind.LITIGATION_DIRECT), block(appeals, AppealKind.LITIGATION_AFTER_RECONSIDERATION),
				queries.feesCollected(agencies, from, to));
	}

	private static RequestYearFigures.AppealCounts block(Map<AppealKind, Map<AppealResult, Long>> appeals,
			AppealKind kind) {
		Map<AppealResult, Long> results = appeals.getOrDefault(kind, new EnumMap<>(AppealResult.class));
		return new RequestYearFigures.AppealCounts(results.getOrDefault(AppealResult.MAINTAINED, 0L),
				results.getOrDefault(AppealResult.CORRECTED, 0L), results.getOrDefault(AppealResult.OTHER, 0L),
				results.getOrDefault(AppealResult.PENDING, 0L));
	}
}
