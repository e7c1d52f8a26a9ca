package org.yangguang.annualreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.annualreport.internal.AnnualReportRepository;
import org.yangguang.annualreport.internal.PublicationDeadline;
import org.yangguang.annualreport.internal.ReportCompiler;
import org.yangguang.annualreport.internal.ReportEditor;
import org.yangguang.annualreport.internal.ReportPublisher;
import org.yangguang.annualreport.internal.ReportRoles;
import org.yangguang.annualreport.internal.StoredReport;
import org.yangguang.annualreport.internal.SuggestedParagraphs;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 政府信息公开工作年度报告 — an organisation's report for a year, computed from the records of its whole subtree;
 * the sections the office writes; the one-click publication in the catalog's column 年度报告. Staff read reports in
 * their data scope; once published, a report is public and its figures are frozen.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReporting {

	/** The Regulation took effect on 1 May 2008: the first report year. */
	public static final int FIRST_YEAR = 2008;


	private final Organisations organisations;
	private final Identity identity;
	private final AnnualReportRepository repository;
	private final ReportCompiler compiler;
	private final ReportEditor editor;
	private final ReportPublisher publisher;
	private final SuggestedParagraphs suggestions;
	private final Clock clock;

	AnnualReporting(Organisations organisations, Identity identity, AnnualReportRepository repository,
			ReportCompiler compiler, ReportEditor editor, ReportPublisher publisher, SuggestedParagraphs suggestions,
			Clock clock) {
		this.organisations = organisations;
		this.identity = identity;
		this.repository = repository;
		this.compiler = compiler;
		this.editor = editor;
		this.publisher = publisher;
		this.suggestions = suggestions;
		this.clock = clock;
	}

	/**
	 * The report of {@code organisationCode} for {@code year}, for staff whose scope covers the organisation: the
	 * frozen figures once published, otherwise computed now from the records of the organisation's subtree.
	 */
	public AnnualReport report(String organisationCode, int year) {
		requireYear(year);
		Organisation organisation = organisations.getByCode(organisationCode);
		identity.requireInScope(organisation.id(), ReportRoles.READERS);
		return compiler.compile(organisation, year, repository.find(organisation.id(), year));
	}

	/** A published report, for everyone; 404 while it is not published. */
	public AnnualReport published(String organisationCode, int year) {
		Organisation organisation = organisations.findByCode(organisationCode)
			.orElseThrow(() -> new NotFoundException("annualreport.error.notPublished", organisationCode, year));
		StoredReport stored = repository.find(organisation.id(), year).filter(StoredReport::published)
			.orElseThrow(() -> new NotFoundException("annualreport.error.notPublished", organisation.name(), year));
		return compiler.published(organisation, stored);
	}

	/** Every published report (of one year, or of all years when {@code year} is null), newest year first. */
	public List<AnnualReport> publishedReports(Integer year) {
		List<StoredReport> stored = repository.findPublished(year);
		if (stored.isEmpty()) {
			return List.of();
		}
		Map<Long, Organisation> byId = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		return stored.stream().map(s -> compiler.published(byId.get(s.organisationId()), s)).toList();
	}

	/**
	 * The reports of a year of every reporting organisation (government, department, township) in the current
	 * user's scope, in tree order, with their state: two queries whatever the number of organisations.
	 */
	public List<ReportStatus> statusesInScope(int year) {
		requireYear(year);
		CurrentUser user = identity.requireUser();
		if (!user.staff() || user.organisationId() == null) {
			throw new AccessDeniedException("staff only");
		}
		Organisation root = organisations.get(user.organisationId());
		List<Organisation> inScope = organisations.inTreeOrder().stream()
			.filter(o -> o.isWithin(root) && !o.retired()
					&& (ReportRoles.REPORTING_KINDS.contains(o.kind()) || o.id() == root.id()))
			.toList();
		Map<Long, StoredReport> stored = repository.findForYear(year, inScope.stream().map(Organisation::id).toList())
			.stream().collect(Collectors.toMap(StoredReport::organisationId, Function.identity()));
		LocalDate today = LocalDate.now(clock);
		return inScope.stream().map(o -> {
			StoredReport s = stored.get(o.id());
			LocalDate due = PublicationDeadline.forReport(o.kind(), year);
			boolean published = s != null && s.published();
			return new ReportStatus(o, year, due, s != null && s.version() > 0, published ? s.publication() : null,
					!published && today.isAfter(due));
		}).toList();
	}

	/** Where {@code report} stands today and what the current user may do with it. */
	public ReportStanding standing(AnnualReport report) {
		LocalDate today = LocalDate.now(clock);
		Organisation organisation = report.organisation();
		boolean publisher = mayAct(organisation, ReportRoles.PUBLISHERS);
		return new ReportStanding(organisations.subtree(organisation.id()).size(), report.year() >= today.getYear(),
				!report.published() && today.isAfter(report.legalDeadline()),
				report.editable() && mayAct(organisation, ReportRoles.WRITERS), report.editable() && publisher,
				!report.editable() && publisher);
	}

	/** The year whose report is due now: the last complete year. */
	public int lastCompleteYear() {
		return LocalDate.now(clock).getYear() - 1;
	}

	/** 建议段落 — a paragraph for section 一 ({@code overview}) or 六 ({@code otherMatters}) quoting the figures. */
	public String suggestedParagraph(AnnualReport report, String section, Locale locale) {
		return "otherMatters".equals(section) ? suggestions.otherMatters(report, locale)
				: suggestions.overview(report, locale);
	}

	private boolean mayAct(Organisation organisation, Role... roles) {
		return identity.currentUser().filter(u -> u.hasAny(roles)).isPresent() && identity.covers(organisation.id());
	}

	/**
	 * Saves sections 一、五 and 六 (audited). Refused once published (unless reopened for correction), or over a
	 * version saved by someone else meanwhile.
	 */
	@Transactional
	public ReportSections saveSections(String organisationCode, int year, SectionsDraft draft) {
		requireYear(year);
		Organisation organisation = organisations.getByCode(organisationCode);
		CurrentUser user = identity.requireInScope(organisation.id(), ReportRoles.WRITERS);
		return editor.save(organisation, year, draft, user);
	}

	/**
	 * 一键公布: publishes the report as a document in the catalog's column 年度报告 with the PDF attached, and freezes
	 * its edition (audited). Refused while the year is not over, while a section is empty or while a check fails;
	 * allowed after the legal date, but recorded as late. A corrected report is published as the next edition.
	 */
	@Transactional
	public ReportPublication publish(String organisationCode, int year) {
		requireYear(year);
		Organisation organisation = organisations.getByCode(organisationCode);
		CurrentUser user = identity.requireInScope(organisation.id(), ReportRoles.PUBLISHERS);
		return publisher.publish(organisation, year, user);
	}

	/**
	 * 更正: reopens a published report for correction (audited, with the reason). The public keeps reading the
	 * published edition; the corrected report is published again as the next edition of the same catalog document.
	 */
	@Transactional
	public ReportPublication reopen(String organisationCode, int year, String reason) {
		requireYear(year);
		Organisation organisation = organisations.getByCode(organisationCode);
		identity.requireInScope(organisation.id(), ReportRoles.PUBLISHERS);
		return editor.reopen(organisation, year, reason);
	}

	/** Rejects a year before {@value #FIRST_YEAR} or after the current year (400). */
	public void requireYear(int year) {
		int current = LocalDate.now(clock).getYear();
		if (year < FIRST_YEAR || year > current) {
			throw RuleViolationException.onField("year", "annualreport.error.year", year, FIRST_YEAR, current);
		}
	}
}
