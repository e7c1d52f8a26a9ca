package org.yangguang.annualreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.annualreport.internal.DisclosureCaseRepository;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 主动公开方面的行政复议、行政诉讼 — table 四 of the annual report counts reconsideration and litigation cases about
 * proactive disclosure (a citizen contests what was or was not published) as well as those about applications. The
 * disclosure office or a leader registers such a case of an organisation in scope and records its result; the report
 * counts it the same way (dealt with in the year, 尚未审结 when not decided by the year's end).
 */
@Service
public class DisclosureCases {

	public static final int MAX_SUBJECT = 1000;

	private final DisclosureCaseRepository cases;
	private final Organisations organisations;
	private final Identity identity;
	private final AuditLog audit;
	private final Clock clock;

	DisclosureCases(DisclosureCaseRepository cases, Organisations organisations, Identity identity, AuditLog audit,
			Clock clock) {
		this.cases = cases;
		this.organisations = organisations;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public DisclosureCase register(String orgCode, AppealKind kind, String subject, LocalDate filedOn) {
		Organisation org = organisation(orgCode);
		CurrentUser user = identity.requireInScope(org.id(), Role.DISCLOSURE_OFFICE, Role.LEADER);
		if (kind == null) {
			throw RuleViolationException.onField("kind", "annualreport.cases.error.kind");
		}
		String s = subject == null ? "" : subject.strip();
		if (s.isEmpty() || s.length() > MAX_SUBJECT) {
			throw RuleViolationException.onField("subject", "annualreport.cases.error.subject", MAX_SUBJECT);
		}
		LocalDate today = LocalDate.now(clock);
		if (filedOn == null || filedOn.isAfter(today)) {
			throw RuleViolationException.onField("filedOn", "annualreport.cases.error.filedOn", today);
		}
		long id = cases.insert(org.id(), kind, s, filedOn, user.displayName(), clock.instant());
		audit.record("annualreport.case.registered", "disclosure-case", Long.toString(id), null,
				"kind=" + kind.key() + "; filed=" + filedOn, null);
		return view(cases.find(id).orElseThrow());
	}

	/** 审结 — maintained, corrected or other, on a date not before it was filed; once. */
	@Transactional
	public DisclosureCase decide(long id, AppealResult result, LocalDate decidedOn) {
		DisclosureCaseRepository.Row row = cases.find(id)
			.orElseThrow(() -> new NotFoundException("annualreport.cases.error.notFound", id));
		identity.requireInScope(row.organisationId(), Role.DISCLOSURE_OFFICE, Role.LEADER);
		if (row.result() != null) {
			throw new IllegalTransitionException("annualreport.cases.error.decided", row.decidedOn());
		}
		if (result == null || result == AppealResult.PENDING) {
			throw RuleViolationException.onField("result", "annualreport.cases.error.result");
		}
		LocalDate today = LocalDate.now(clock);
		if (decidedOn == null || decidedOn.isBefore(row.filedOn()) || decidedOn.isAfter(today)) {
			throw RuleViolationException.onField("decidedOn", "annualreport.cases.error.decidedOn", row.filedOn(), today);
		}
		cases.decide(id, result, decidedOn);
		audit.record("annualreport.case.decided", "disclosure-case", Long.toString(id), "pending",
				result.key() + " on " + decidedOn, null);
		return view(cases.find(id).orElseThrow());
	}

	/** The cases of the organisation (and those below it) dealt with in the year. */
	@Transactional(readOnly = true)
	public List<DisclosureCase> ofYear(String orgCode, int year) {
		Organisation org = organisation(orgCode);
		identity.requireInScope(org.id(), Role.DISCLOSURE_OFFICE, Role.LEADER, Role.CLERK, Role.AUDITOR);
		List<Long> ids = organisations.subtree(org.id()).stream().map(Organisation::id).toList();
		return cases.dealtWith(ids, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream().map(this::view)
			.toList();
	}

	private Organisation organisation(String code) {
		if (code == null || code.isBlank()) {
			throw RuleViolationException.onField("org", "annualreport.cases.error.org", "");
		}
		return organisations.findByCode(code.strip())
			.orElseThrow(() -> RuleViolationException.onField("org", "annualreport.cases.error.org", code));
	}

	private DisclosureCase view(DisclosureCaseRepository.Row r) {
		Organisation o = organisations.get(r.organisationId());
		return new DisclosureCase(r.id(), o.code(), o.name(), r.kind(), r.subject(), r.filedOn(), r.result(),
				r.decidedOn(), r.recordedBy());
	}
}
