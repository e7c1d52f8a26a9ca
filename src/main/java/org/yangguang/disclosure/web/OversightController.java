package org.yangguang.disclosure.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yangguang.disclosure.FreshnessOverview;
import org.yangguang.disclosure.FreshnessSummary;
import org.yangguang.disclosure.PublicationOversight;
import org.yangguang.disclosure.TimelinessReport;

/**
 * What the disclosure office watches (and every reviewer for their scope): publication timeliness — late
 * publications and versions at risk or overdue — and column freshness. The judgements are in
 * {@link PublicationOversight}.
 */
@Controller
@PreAuthorize("hasAnyRole('CLERK', 'LEADER', 'DISCLOSURE_OFFICE')")
class OversightController {

	private final PublicationOversight oversight;

	OversightController(PublicationOversight oversight) {
		this.oversight = oversight;
	}

	/** Late and at-risk items: unpublished versions by their deadline, late publications of a year. */
	@GetMapping("/workbench/disclosure/timeliness")
	String timeliness(@RequestParam(required = false) Integer year, Model model) {
		TimelinessReport report = oversight.timeliness(year);
		model.addAttribute("pending", report.pending());
		model.addAttribute("late", report.late());
		model.addAttribute("publishedCount", report.publishedCount());
		model.addAttribute("onTimeRate", report.onTimeRate());
		model.addAttribute("year", report.year());
		model.addAttribute("atRisk", report.atRisk());
		model.addAttribute("orgs", report.organisations());
		return "disclosure/staff/timeliness";
	}

	/** 栏目更新情况: per organisation in scope, then the columns of one organisation. */
	@GetMapping("/workbench/disclosure/freshness")
	String freshness(@RequestParam(required = false) String org, Model model) {
		FreshnessOverview overview = oversight.freshness(org);
		model.addAttribute("summaries", overview.summaries());
		model.addAttribute("selected", overview.selected());
		model.addAttribute("rows", overview.rows());
		model.addAttribute("veto", FreshnessSummary.VETO_COLUMNS);
		return "disclosure/staff/freshness";
	}
}
