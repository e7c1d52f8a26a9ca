package org.yangguang.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.services.CaseProgressed;
import org.yangguang.shared.NotFoundException;

/**
 * Runs each step of a case in one transaction: lock the case, check who acts, let the case take the step, store the
 * case, its clock (in the calendar module's {@link TimeLimits}) and its timeline, publish what happened and, last,
 * write the audit entry.
 */
@Service
public class CaseWorkflow {

	public static final String SUBJECT = "service-case";
	public static final String CLOCK_KIND = "services.promised";

	private final CaseRepository cases;
	private final CaseNumbers numbers;
	private final TimeLimits timeLimits;
	private final WorkingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	CaseWorkflow(CaseRepository cases, CaseNumbers numbers, TimeLimits timeLimits, WorkingCalendar calendar,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.numbers = numbers;
		this.timeLimits = timeLimits;
		this.calendar = calendar;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public WorkingDayCalendar calendar() {
		return calendar.calendar();
	}

	/** A new case number of this year, in the caller's transaction. */
	public String nextCaseNo() {
		return numbers.next(CaseNumbers.CASE, today().getYear());
	}

	public String nextReceiptNo() {
		return numbers.next(CaseNumbers.RECEIPT, today().getYear());
	}

	/** Stores a new case with its timeline; committed before the caller shows the case number. */
	@Transactional(propagation = Propagation.MANDATORY)
	public ServiceCase register(ServiceCase c) {
		Instant now = clock.instant();
		cases.insert(c, now);
		cases.appendEvents(c.id(), c.happened(), now);
		announce(c, now);
		audit.record("services.case.submitted", SUBJECT, c.caseNo(), null, describe(c), null);
		return c;
	}

	/**
	 * One step on a stored case, inside the caller's transaction, audited as {@code services.case.<action>}.
	 *
	 * @param guard checks, on the locked case, that the current user may take the step, and says who acts
	 * @param step  the step itself
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ServiceCase change(String caseNo, String action, Function<ServiceCase, String> guard,
			BiConsumer<ServiceCase, String> step, String reason) {
		ServiceCase c = load(caseNo, true);
		String before = describe(c);
		String actor = guard.apply(c);
		step.accept(c, actor);
		Instant now = clock.instant();
		if (c.clock() != null) {
			c.clockId = timeLimits.save(c.clockId, c.clockStoredChanges, CLOCK_KIND, SUBJECT, caseNo, c.clock());
			c.clockStoredChanges = c.clock().history().size();
		}
		cases.update(c, c.deadline(calendar()), now);
		cases.appendEvents(c.id(), c.happened(), now);
		announce(c, now);
		audit.record("services.case." + action, SUBJECT, caseNo, before, describe(c), reason);
		return c;
	}

	/** The case with its clock; 404 when there is no such case. */
	public ServiceCase load(String caseNo, boolean forUpdate) {
		ServiceCase c = (forUpdate ? cases.findForUpdate(caseNo) : cases.find(caseNo))
			.orElseThrow(() -> new NotFoundException("services.error.caseNotFound", caseNo));
		List<TimeLimitStatus> limits = timeLimits.forSubject(SUBJECT, caseNo);
		if (!limits.isEmpty()) {
			TimeLimitStatus status = limits.get(limits.size() - 1);
			c.clock = status.timeLimit();
			c.clockId = status.id();
			c.clockStoredChanges = status.timeLimit().history().size();
		}
		return c;
	}

	/** Where the case's clock stands today: on_time, due_soon, overdue or paused; null before acceptance. */
	public TimeLimitStatus clockStatus(ServiceCase c) {
		return c.clockId == null ? null : timeLimits.get(c.clockId);
	}

	private void announce(ServiceCase c, Instant now) {
		List<ServiceCase.Happened> steps = c.happened();
		for (int i = 0; i < steps.size(); i++) {
			ServiceCase.Happened h = steps.get(i);
			events.publishEvent(new CaseProgressed(c.caseNo(), h.action(), h.on(), c.status(), c.departmentId(),
					h.actingDepartmentId() == null ? c.departmentId() : h.actingDepartmentId(),
					c.applicant().accountId(), now, i));
		}
	}

	static String describe(ServiceCase c) {
		StringBuilder b = new StringBuilder("status=").append(c.status().key()).append("; item=").append(c.itemCode())
			.append(" v").append(c.itemVersion());
		if (c.step() != null) {
			b.append("; step=").append(c.step().key());
		}
		if (c.acceptedOn() != null) {
			b.append("; accepted=").append(c.acceptedOn());
		}
		if (c.paused()) {
			b.append("; paused");
		}
		if (c.decidedOn() != null) {
			b.append("; decided=").append(c.decidedOn()).append(Boolean.TRUE.equals(c.approved()) ? "/approved" : "/not");
		}
		if (c.feeAmount() != null) {
			b.append("; fee=").append(c.feeAmount().toPlainString()).append(c.feeReceiptNo() != null ? "/paid"
					: Boolean.TRUE.equals(c.feeWaived()) ? "/waived" : "/due");
		}
		return b.toString();
	}
}
