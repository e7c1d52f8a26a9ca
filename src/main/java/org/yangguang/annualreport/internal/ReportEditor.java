package org.yangguang.annualreport.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.yangguang.annualreport.ReportPublication;
import org.yangguang.annualreport.ReportSections;
import org.yangguang.annualreport.SectionsDraft;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.CurrentUser;
import org.yangguang.organisation.Organisation;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

import tools.jackson.databind.json.JsonMapper;

/**
 * 撰写与更正 — the rules for writing sections 一、五、六 (not once published unless reopened; never over a version
 * someone else saved meanwhile; at most {@value SectionsDraft#MAX_LENGTH} characters each) and for reopening a
 * published report for correction (a reason is required). Each change is audited as its last step. Call within a
 * transaction, after the permission check.
 */
@Component
public class ReportEditor {

	/** The longest reason for a correction. */
	public static final int MAX_REASON = 500;

	private final AnnualReportRepository repository;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Clock clock;

	ReportEditor(AnnualReportRepository repository, AuditLog audit, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	public ReportSections save(Organisation organisation, int year, SectionsDraft draft, CurrentUser user) {
		requireLength("overview", draft.overview());
		requireLength("problems", draft.problems());
		requireLength("otherMatters", draft.otherMatters());
		StoredReport before = repository.lock(organisation.id(), year);
		if (before.locked()) {
			throw new IllegalTransitionException("annualreport.error.alreadyPublished", organisation.name(), year);
		}
		if (draft.version() != before.version()) {
			throw new IllegalTransitionException("annualreport.error.staleVersion", before.updatedBy());
		}
		repository.saveSections(before.id(), clean(draft.overview()), clean(draft.problems()),
				clean(draft.otherMatters()), user.username(), clock.instant());
		StoredReport after = repository.find(organisation.id(), year).orElseThrow();
		audit.record("annualreport.sections-saved", ReportPublisher.SUBJECT, organisation.code() + "/" + year,
				sectionsJson(before), sectionsJson(after), null);
		return after.sections();
	}

	public ReportPublication reopen(Organisation organisation, int year, String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw RuleViolationException.onField("reason", "annualreport.error.reasonRequired");
		}
		if (why.length() > MAX_REASON) {
			throw RuleViolationException.onField("reason", "annualreport.error.reasonTooLong", MAX_REASON);
		}
		StoredReport stored = repository.lock(organisation.id(), year);
		if (!stored.published()) {
			throw new IllegalTransitionException("annualreport.error.notPublishedYet", organisation.name(), year);
		}
		if (stored.correcting()) {
			throw new IllegalTransitionException("annualreport.error.alreadyCorrecting", organisation.name(), year);
		}
		repository.reopen(stored.id(), why);
		ReportPublication publication = repository.find(organisation.id(), year).orElseThrow().publication();
		audit.record("annualreport.reopened", ReportPublisher.SUBJECT, organisation.code() + "/" + year,
				"edition=" + stored.edition(), "correcting", why);
		return publication;
	}

	private static void requireLength(String field, String text) {
		if (text != null && text.length() > SectionsDraft.MAX_LENGTH) {
			throw RuleViolationException.onField(field, "annualreport.error.tooLong", SectionsDraft.MAX_LENGTH,
					text.length());
		}
	}

	private static String clean(String text) {
		return text == null ? "" : text.replace("\r\n", "\n").strip();
	}

	private String sectionsJson(StoredReport s) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("overview", s.overview());
		map.put("problems", s.problems());
		map.put("otherMatters", s.otherMatters());
		map.put("version", s.version());
		return json.writeValueAsString(map);
	}
}
