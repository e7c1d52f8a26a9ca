package org.yangguang.appeals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.appeals.AppealProgressed;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.shared.NotFoundException;

/**
 * Each step of a ticket in the caller's transaction: lock it, take the step, store the ticket, its time limit (in
 * the calendar module) and its history, publish what happened, and write the audit entry last.
 */
@Service
public class AppealWorkflow {

	public static final String SUBJECT = "appeal";
	public static final String CLOCK_KIND = "appeals.handling";
	public static final String SUPERVISION_KIND = "appeals.supervision";
	public static final String SUPERVISION_SUBJECT = "appeal-supervision";

	private final TicketRepository tickets;
	private final TicketNumbers numbers;
	private final TimeLimits timeLimits;
	private final WorkingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	AppealWorkflow(TicketRepository tickets, TicketNumbers numbers, TimeLimits timeLimits, WorkingCalendar calendar,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.tickets = tickets;
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

	public String nextTicketNo() {
		return numbers.next(today().getYear());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Ticket register(Ticket t) {
		Instant now = clock.instant();
		tickets.insert(t, now);
		store(t, now);
		audit.record("appeals.registered", SUBJECT, t.ticketNo(), null, describe(t), null);
		return t;
	}

	/** One step on a stored ticket, audited as {@code appeals.<action>}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Ticket change(String ticketNo, String action, BiConsumer<Ticket, LocalDate> step, String reason) {
		Ticket t = load(ticketNo, true);
		String before = describe(t);
		step.accept(t, today());
		Instant now = clock.instant();
		tickets.update(t, now);
		store(t, now);
		audit.record("appeals." + action, SUBJECT, ticketNo, before, describe(t), reason);
		return t;
	}

	private void store(Ticket t, Instant now) {
		if (t.clock != null) {
			t.clockId = timeLimits.save(t.clockId, t.clockStoredChanges, CLOCK_KIND, SUBJECT, t.ticketNo(), t.clock);
			t.clockStoredChanges = t.clock.history().size();
		}
		tickets.appendEvents(t.id(), t.happened(), now);
		List<Ticket.Happened> steps = t.happened();
		for (int i = 0; i < steps.size(); i++) {
			events.publishEvent(new AppealProgressed(t.ticketNo(), steps.get(i).action(), t.status(), t.departmentId(),
					t.citizenAccountId(), now, i));
		}
	}

	/** The ticket with its current time limit; 404 when there is no such ticket. */
	public Ticket load(String ticketNo, boolean forUpdate) {
		Ticket t = (forUpdate ? tickets.findForUpdate(ticketNo) : tickets.find(ticketNo))
			.orElseThrow(() -> new NotFoundException("appeals.error.notFound", ticketNo));
		TimeLimitStatus current = clockOf(ticketNo);
		if (current != null) {
			t.clock = current.timeLimit();
			t.clockId = current.id();
			t.clockStoredChanges = current.timeLimit().history().size();
		}
		return t;
	}

	/** The current handling time limit of a ticket, without loading the ticket; null before it has one. */
	public TimeLimitStatus clockOf(String ticketNo) {
		List<TimeLimitStatus> limits = timeLimits.forSubject(SUBJECT, ticketNo);
		return limits.isEmpty() ? null : limits.get(limits.size() - 1);
	}

	/** A 督办 order's own time limit of {@code workingDays} from today; returns its deadline. */
	@Transactional(propagation = Propagation.MANDATORY)
	public LocalDate startSupervision(String ticketNo, int workingDays) {
		var id = timeLimits.start(SUPERVISION_KIND, SUPERVISION_SUBJECT, ticketNo, today(), workingDays);
		return timeLimits.get(id).deadline();
	}

	public TimeLimitStatus clockStatus(Ticket t) {
		return t.clockId == null ? null : timeLimits.get(t.clockId);
	}

	static String describe(Ticket t) {
		return "status=" + t.status().key() + "; type=" + t.type().key() + "; department=" + t.departmentId()
				+ "; reopened=" + t.reopened() + (t.rating() == null ? "" : "; rating=" + t.rating());
	}
}
