package org.yangguang.annualreport.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.ReportCheck;
import org.yangguang.annualreport.ReportPublication;
import org.yangguang.audit.AuditLog;
import org.yangguang.disclosure.DisclosurePublishing;
import org.yangguang.identity.CurrentUser;
import org.yangguang.organisation.Organisation;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

import tools.jackson.databind.json.JsonMapper;

/**
 * 公布 — the rules of publication and its steps: the year must be over, the report not yet published (or reopened
 * for correction), its sections written and every check passed; the report is then published in the catalog (HTML
 * body, PDF attached, always in Chinese) — a correction as the next version of the same document — its edition
 * frozen, and the publication audited. A first publication after the legal date is allowed and recorded as late.
 */
@Component
public class ReportPublisher {

	public static final String SUBJECT = "annual-report";

	private final AnnualReportRepository repository;
	private final ReportCompiler compiler;
	private final ReportDocuments documents;
	private final DisclosurePublishing publishing;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Clock clock;

	ReportPublisher(AnnualReportRepository repository, ReportCompiler compiler, ReportDocuments documents,
			DisclosurePublishing publishing, AuditLog audit, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.compiler = compiler;
		this.documents = documents;
		this.publishing = publishing;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** Call within a transaction, after the permission check. */
	public ReportPublication publish(Organisation organisation, int year, CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		if (year >= today.getYear()) {
			throw new RuleViolationException("annualreport.error.yearNotOver", year);
		}
		StoredReport stored = repository.lock(organisation.id(), year);
		if (stored.locked()) {
			throw new IllegalTransitionException("annualreport.error.alreadyPublished", organisation.name(), year);
		}
		requireWritten("overview", stored.overview());
		requireWritten("problems", stored.problems());
		requireWritten("otherMatters", stored.otherMatters());
		AnnualReport report = compiler.compile(organisation, year, Optional.of(stored));
		if (!report.checksPassed()) {
			List<ReportCheck> failed = report.failedChecks();
			throw RuleViolationException.onField("checks", "annualreport.error.checksFailed", failed.size(),
					failed.stream().map(c -> c.name() + " (" + c.expected() + " ≠ " + c.actual() + ")")
						.collect(Collectors.joining(", ")));
		}
		Locale official = Locale.SIMPLIFIED_CHINESE;
		String title = documents.title(report, official);
		long documentId = publishing.publishAnnualReport(organisation.id(), year, title,
				documents.bodyHtml(report, official), documents.pdf(report, official));
		boolean late = stored.published() ? stored.late() : PublicationDeadline.late(organisation.kind(), year, today);
		repository.markPublished(stored.id(), clock.instant(), today, user.username(), documentId, late,
				compiler.freeze(report));
		ReportPublication publication = repository.find(organisation.id(), year).orElseThrow().publication();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("documentId", documentId);
		after.put("title", title);
		after.put("publishedOn", today.toString());
		after.put("legalDeadline", report.legalDeadline().toString());
		after.put("late", late);
		after.put("edition", publication.edition());
		audit.record("annualreport.published", SUBJECT, organisation.code() + "/" + year, null,
				json.writeValueAsString(after), stored.correctionReason());
		return publication;
	}

	private static void requireWritten(String field, String text) {
		if (text == null || text.isBlank()) {
			throw RuleViolationException.onField(field, "annualreport.error.sectionMissing." + field);
		}
	}
}
