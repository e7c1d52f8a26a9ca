package org.yangguang.annualreport.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.ReportFigures;
import org.yangguang.annualreport.ReportSections;
import org.yangguang.disclosure.DisclosureStatistics;
import org.yangguang.inforequest.RequestStatistics;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * 报告编制 — puts a report together: the figures frozen at publication, or computed now from the catalog and the
 * request register of the organisation's whole subtree (before publication and while a correction is under way);
 * the checks; the stored sections and publication.
 */
@Component
public class ReportCompiler {

	private final RequestStatistics requests;
	private final DisclosureStatistics disclosure;
	private final Organisations organisations;
	private final PublishedEdition editions;
	private final DisclosureCaseRepository cases;

	ReportCompiler(RequestStatistics requests, DisclosureStatistics disclosure, Organisations organisations,
			PublishedEdition editions, DisclosureCaseRepository cases) {
		this.cases = cases;
		this.requests = requests;
		this.disclosure = disclosure;
		this.organisations = organisations;
		this.editions = editions;
	}

	/** The report as staff work on it. */
	public AnnualReport compile(Organisation organisation, int year, Optional<StoredReport> stored) {
		ReportFigures figures = stored.filter(StoredReport::locked).map(s -> editions.thaw(s).figures())
			.orElseGet(() -> compute(organisation, year));
		return new AnnualReport(organisation, year, figures, ConsistencyChecks.of(figures),
				stored.map(StoredReport::sections).orElse(ReportSections.EMPTY),
				PublicationDeadline.forReport(organisation.kind(), year),
				stored.map(StoredReport::publication).orElse(null));
	}

	/** The published edition as the public reads it, without checks (they were passed at publication). */
	public AnnualReport published(Organisation organisation, StoredReport stored) {
		PublishedEdition.Edition edition = editions.thaw(stored);
		return new AnnualReport(organisation, stored.year(), edition.figures(), List.of(), edition.sections(),
				PublicationDeadline.forReport(organisation.kind(), stored.year()), stored.publication());
	}

	public String freeze(AnnualReport report) {
		return editions.freeze(report.figures(), report.sections());
	}

	private ReportFigures compute(Organisation organisation, int year) {
		// the agencies under the Regulation only: schools, hospitals, utilities (公共企事业单位) and village committees
		// disclose under their own rules and are not counted in any government's annual report (第五十五条)
		List<Long> ids = organisations.subtree(organisation.id()).stream()
			.filter(o -> o.id() == organisation.id() || o.acceptsApplications()).map(Organisation::id).toList();
		return ReportAssembly.assemble(disclosure.proactiveFigures(year, ids), requests.annualFigures(year, ids),
				cases.counts(ids, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}
}
