package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.organisation.Organisation;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.ColumnUpdate;
import org.yangguang.disclosure.FreshnessSummary;
import org.yangguang.disclosure.ColumnStanding;

/**
 * 栏目更新情况 — which columns are up to date by the inspection thresholds (政府网站检查指标, DOMAIN.md §6): news
 * columns within 2 weeks, notice and policy columns within 6 months, static columns not empty. An organisation
 * with 5 or more stale or 5 or more empty columns risks a single-item veto (单项否决). Two queries for any
 * number of organisations.
 */
@Service
@Transactional(readOnly = true)
public class FreshnessReport {






	private final ColumnRepository columns;
	private final DocumentQueries queries;
	private final Clock clock;

	FreshnessReport(ColumnRepository columns, DocumentQueries queries, Clock clock) {
		this.columns = columns;
		this.queries = queries;
		this.clock = clock;
	}

	/** Every leaf column of the organisations, stale and empty first. */
	public List<ColumnUpdate> rows(Collection<Organisation> organisations) {
		Map<Long, Organisation> byId = organisations.stream().collect(Collectors.toMap(Organisation::id, o -> o));
		List<CatalogColumn> all = columns.findByOrganisations(byId.keySet());
		Set<Long> parents = all.stream().filter(c -> !c.retired() && c.parentId() != null).map(CatalogColumn::parentId)
			.collect(Collectors.toSet());
		Map<Long, DocumentQueries.ColumnActivity> activity = queries.columnActivity(byId.keySet());
		LocalDate today = LocalDate.now(clock);
		List<ColumnUpdate> rows = new ArrayList<>();
		for (CatalogColumn c : all) {
			if (c.retired() || parents.contains(c.id())) {
				continue;
			}
			DocumentQueries.ColumnActivity a = activity.get(c.id());
			rows.add(judge(byId.get(c.organisationId()), c, a == null ? null : a.lastPublishedOn(),
					a == null ? 0 : a.publicDocuments(), today));
		}
		rows.sort(Comparator.comparingInt((ColumnUpdate r) -> switch (r.standing()) {
			case STALE -> 0;
			case EMPTY -> 1;
			case FRESH -> 2;
			case STATIC -> 3;
		}).thenComparing(r -> r.organisation().sortOrder()).thenComparing(r -> r.column().sortOrder()));
		return rows;
	}

	/** Totals per organisation, the most problems first. */
	public List<FreshnessSummary> summaries(List<ColumnUpdate> rows) {
		Map<Organisation, List<ColumnUpdate>> byOrg = rows.stream()
			.collect(Collectors.groupingBy(ColumnUpdate::organisation, java.util.LinkedHashMap::new, Collectors.toList()));
		return byOrg.entrySet().stream()
			.map(e -> new FreshnessSummary(e.getKey(), e.getValue().size(),
					(int) e.getValue().stream().filter(r -> r.standing() == ColumnStanding.STALE).count(),
					(int) e.getValue().stream().filter(r -> r.standing() == ColumnStanding.EMPTY).count()))
			.sorted(Comparator.comparingInt((FreshnessSummary s) -> -(s.stale() + s.empty()))
				.thenComparing(s -> s.organisation().sortOrder()))
			.toList();
	}

	/** The rule for one column on a day. */
	public static ColumnUpdate judge(Organisation org, CatalogColumn column, LocalDate lastUpdate, long documents,
			LocalDate today) {
		if (lastUpdate == null) {
			return new ColumnUpdate(org, column, null, null, documents, ColumnStanding.EMPTY);
		}
		LocalDate until = column.freshness().freshUntil(lastUpdate).orElse(null);
		if (until == null) {
			return new ColumnUpdate(org, column, lastUpdate, null, documents, ColumnStanding.STATIC);
		}
		return new ColumnUpdate(org, column, lastUpdate, until, documents,
				today.isAfter(until) ? ColumnStanding.STALE : ColumnStanding.FRESH);
	}
}
