package org.yangguang.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.disclosure.internal.DisclosureProperties;
import org.yangguang.disclosure.internal.DocumentQueries;
import org.yangguang.disclosure.internal.FreshnessReport;
import org.yangguang.disclosure.internal.PublicationTimeliness;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * What the disclosure office watches (and every reviewer for their scope): publication timeliness — late
 * publications and versions at risk or overdue — and column freshness.
 */
@Controller
@PreAuthorize("hasAnyRole('CLERK', 'LEADER', 'DISCLOSURE_OFFICE')")
class OversightController {

	private final DocumentQueries queries;
	private final FreshnessReport freshness;
	private final Organisations organisations;
	private final Identity identity;
	private final WorkingCalendar calendar;
	private final DisclosureProperties properties;
	private final Clock clock;

	OversightController(DocumentQueries queries, FreshnessReport freshness, Organisations organisations,
			Identity identity, WorkingCalendar calendar, DisclosureProperties properties, Clock clock) {
		this.queries = queries;
		this.freshness = freshness;
		this.organisations = organisations;
		this.identity = identity;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/** Late and at-risk items: unpublished versions by their deadline, late publications of a year. */
	@GetMapping("/workbench/disclosure/timeliness")
	String timeliness(@RequestParam(required = false) Integer year, Model model) {
		List<Organisation> scope = scope();
		List<Long> ids = scope.stream().map(Organisation::id).toList();
		LocalDate today = LocalDate.now(clock);
		int y = year == null ? today.getYear() : Math.max(2000, Math.min(year, today.getYear()));
		PublicationTimeliness rule = new PublicationTimeliness(calendar.calendar(), properties.atRiskWorkingDays());
		var pending = queries.inPreparation(ids).stream()
			.map(v -> new Pending(v, rule.judge(v.formedOn(), today)))
			.filter(p -> p.judgement().standing() != PublicationTimeliness.Standing.ON_TIME)
			.sorted(java.util.Comparator.comparing(p -> p.judgement().deadline())).toList();
		var published = queries.publishedBetween(ids, LocalDate.of(y, 1, 1),
				y == today.getYear() ? today : LocalDate.of(y, 12, 31));
		var late = published.stream().filter(DocumentQueries.PublishedVersion::late).toList();
		model.addAttribute("pending", pending);
		model.addAttribute("late", late);
		model.addAttribute("publishedCount", published.size());
		model.addAttribute("onTimeRate", published.isEmpty() ? null
				: Math.round(1000.0 * (published.size() - late.size()) / published.size()) / 10.0);
		model.addAttribute("year", y);
		model.addAttribute("atRisk", properties.atRiskWorkingDays());
		model.addAttribute("orgs", scope.stream().collect(Collectors.toMap(Organisation::id, Function.identity())));
		return "disclosure/staff/timeliness";
	}

	/** A version in preparation with its timeliness judgement. */
	record Pending(DocumentQueries.PreparedVersion version, PublicationTimeliness.Judgement judgement) {
	}

	/** 栏目更新情况: per organisation in scope, then the columns of one organisation. */
	@GetMapping("/workbench/disclosure/freshness")
	String freshness(@RequestParam(required = false) String org, Model model) {
		List<Organisation> scope = scope();
		List<FreshnessReport.Row> rows = freshness.rows(scope);
		Organisation selected = org == null || org.isBlank() ? null
				: scope.stream().filter(o -> o.code().equals(org.strip())).findFirst()
					.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("out of scope"));
		model.addAttribute("summaries", freshness.summaries(rows));
		model.addAttribute("selected", selected);
		model.addAttribute("rows", selected == null ? List.of()
				: rows.stream().filter(r -> r.organisation().id() == selected.id()).toList());
		model.addAttribute("veto", FreshnessReport.VETO_COLUMNS);
		return "disclosure/staff/freshness";
	}

	private List<Organisation> scope() {
		CurrentUser user = identity.requireUser();
		return user.organisationId() == null ? List.of()
				: organisations.subtree(user.organisationId()).stream().filter(o -> !o.retired()).toList();
	}
}
