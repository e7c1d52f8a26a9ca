package org.yangguang.disclosure.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yangguang.disclosure.ColumnUpdate;
import org.yangguang.disclosure.FreshnessOverview;
import org.yangguang.disclosure.PendingPublication;
import org.yangguang.disclosure.PublicationStanding;
import org.yangguang.disclosure.PublishedVersion;
import org.yangguang.disclosure.TimelinessReport;
import org.yangguang.identity.CurrentUser;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * The oversight reports of a user's scope (their organisation and everything under it, retired ones left out):
 * timeliness by {@link PublicationDeadlines} and the publication records, freshness by {@link FreshnessReport}.
 */
@Component
public class OversightReports {

	/** The first year a report can be asked for. */
	static final int FIRST_YEAR = 2000;

	private final DocumentQueries queries;
	private final FreshnessReport freshness;
	private final PublicationDeadlines deadlines;
	private final Organisations organisations;

	OversightReports(DocumentQueries queries, FreshnessReport freshness, PublicationDeadlines deadlines,
			Organisations organisations) {
		this.queries = queries;
		this.freshness = freshness;
		this.deadlines = deadlines;
		this.organisations = organisations;
	}

	public TimelinessReport timeliness(CurrentUser user, Integer year) {
		List<Organisation> scope = scope(user);
		List<Long> ids = scope.stream().map(Organisation::id).toList();
		LocalDate today = deadlines.today();
		int y = year == null ? today.getYear() : Math.max(FIRST_YEAR, Math.min(year, today.getYear()));
		List<PendingPublication> pending = queries.inPreparation(ids).stream()
			.map(v -> new PendingPublication(v, deadlines.judge(v.formedOn())))
			.filter(p -> p.judgement().standing() != PublicationStanding.ON_TIME)
			.sorted(Comparator.comparing(p -> p.judgement().deadline())).toList();
		List<PublishedVersion> published = queries.publishedBetween(ids, LocalDate.of(y, 1, 1),
				y == today.getYear() ? today : LocalDate.of(y, 12, 31));
		List<PublishedVersion> late = published.stream().filter(PublishedVersion::late).toList();
		Double onTimeRate = published.isEmpty() ? null
				: Math.round(1000.0 * (published.size() - late.size()) / published.size()) / 10.0;
		return new TimelinessReport(y, pending, late, published.size(), onTimeRate, deadlines.atRiskWorkingDays(),
				scope.stream().collect(Collectors.toMap(Organisation::id, Function.identity())));
	}

	public FreshnessOverview freshness(CurrentUser user, String organisationCode) {
		List<Organisation> scope = scope(user);
		List<ColumnUpdate> rows = freshness.rows(scope);
		Organisation selected = organisationCode == null || organisationCode.isBlank() ? null
				: scope.stream().filter(o -> o.code().equals(organisationCode.strip())).findFirst()
					.orElseThrow(() -> new AccessDeniedException("out of scope"));
		return new FreshnessOverview(freshness.summaries(rows), selected, selected == null ? List.of()
				: rows.stream().filter(r -> r.organisation().id() == selected.id()).toList());
	}

	private List<Organisation> scope(CurrentUser user) {
		return user.organisationId() == null ? List.of()
				: organisations.subtree(user.organisationId()).stream().filter(o -> !o.retired()).toList();
	}
}
