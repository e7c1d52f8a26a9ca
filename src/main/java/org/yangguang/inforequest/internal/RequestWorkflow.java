package org.yangguang.inforequest.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.RequestProgressed;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.shared.NotFoundException;

/**
 * Runs each step of a request in one transaction: lock the request, check who acts, let the request take the step,
 * store the request, its clocks and its timeline, publish what happened and, last, write the audit entry.
 */
@Service
public class RequestWorkflow {

	public static final String SUBJECT = "information-request";

	private final RequestRepository requests;
	private final TimelineRepository timeline;
	private final ClockStore clocks;
	private final TrackingNumbers numbers;
	private final WorkingCalendar calendar;
	private final InfoRequestSettings settings;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	RequestWorkflow(RequestRepository requests, TimelineRepository timeline, ClockStore clocks,
			TrackingNumbers numbers, WorkingCalendar calendar, InfoRequestSettings settings,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.requests = requests;
		this.timeline = timeline;
		this.clocks = clocks;
		this.numbers = numbers;
		this.calendar = calendar;
		this.settings = settings;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Instant now() {
		return clock.instant();
	}

	public InfoRequestSettings settings() {
		return settings;
	}

	public WorkingDayCalendar calendar() {
		return calendar.calendar();
	}

	/**
	 * Registers an application: a tracking number of the year of receipt, the reply clock, the acknowledgement in
	 * the timeline. Committed before the caller shows the tracking number.
	 *
	 * @param today the day of registration (the day of receipt for online applications)
	 */
	@Transactional
	public RequestSnapshot register(NewRequest application, boolean assignedAtOnce, LocalDate today, Actor actor) {
		String trackingNo = numbers.next(application.receivedOn() == null ? today.getYear()
				: application.receivedOn().getYear());
		InformationRequest request = InformationRequest.receive(application, trackingNo, assignedAtOnce, today,
				settings, actor);
		RequestSnapshot stored = insert(request, null);
		announce(stored, request.happened());
		audit.record("inforequest.registered", SUBJECT, trackingNo, null, describe(stored), null);
		return stored;
	}

	/** Stores a new request (registered or imported) with its clocks and timeline; no audit entry. */
	RequestSnapshot insert(InformationRequest request, String importBatch) {
		Instant now = clock.instant();
		RequestSnapshot draft = request.snapshot(calendar());
		long id = requests.insert(draft, importBatch, now);
		clocks.save(request.trackingNo(), request.clocks());
		timeline.append(id, request.happened(), now);
		return requests.find(request.trackingNo()).orElseThrow();
	}

	/**
	 * One step on a stored request, inside the caller's transaction; the caller writes the audit entry last
	 * ({@link #audit}).
	 *
	 * @param guard checks, on the locked request, that the current user may take the step, and says who acts
	 * @param step  the step itself, taken by the actor the guard returned
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public Changed change(String trackingNo, Function<RequestSnapshot, Actor> guard,
			BiConsumer<InformationRequest, Actor> step) {
		RequestSnapshot before = requests.findForUpdate(trackingNo)
			.orElseThrow(() -> new NotFoundException("inforequest.error.notFound", trackingNo));
		Actor actor = guard.apply(before);
		InformationRequest request = InformationRequest.restore(before, clocks.load(trackingNo));
		step.accept(request, actor);
		RequestSnapshot after = request.snapshot(calendar());
		Instant now = clock.instant();
		requests.update(after, now);
		clocks.save(trackingNo, request.clocks());
		timeline.append(after.id(), request.happened(), now);
		announce(after, request.happened());
		return new Changed(before, after, request.happened());
	}

	/** Publishes each step just stored, for the module's notices (see {@link RequestNotices}). */
	private void announce(RequestSnapshot after, List<Happened> steps) {
		Instant now = clock.instant();
		for (int i = 0; i < steps.size(); i++) {
			Happened step = steps.get(i);
			events.publishEvent(new RequestProgressed(after.trackingNo(), step.action(), step.on(), after.agencyId(),
					after.status(), after.applicant().accountId(), step.notice(), now, i));
		}
	}

	/** Writes the audit entry of a change: call it as the last step of the transaction. */
	public void audit(String action, Changed changed, String reason) {
		audit.record(action, SUBJECT, changed.after().trackingNo(), describe(changed.before()),
				describe(changed.after()), reason);
	}

	/** Recomputes the deadlines shown in lists, on the calendar as it is now (after an administrator changed it). */
	@Transactional
	public void refreshDeadlines(String trackingNo) {
		requests.findForUpdate(trackingNo).ifPresent(s -> {
			RequestSnapshot now = InformationRequest.restore(s, clocks.load(trackingNo)).snapshot(calendar());
			requests.updateDeadlines(s.id(), now.replyDueOn(), now.waitingDueOn());
		});
	}

	static String describe(RequestSnapshot s) {
		StringBuilder b = new StringBuilder("status=").append(s.status().key()).append("; agency=").append(s.agencyId())
			.append("; received=").append(s.receivedOn());
		if (s.replyDueOn() != null) {
			b.append("; replyDue=").append(s.replyDueOn());
		}
		if (s.waitingDueOn() != null) {
			b.append("; waitingDue=").append(s.waitingDueOn());
		}
		if (s.extension() != null) {
			b.append("; extension=").append(s.extension().status().key()).append('/').append(s.extension().days());
		}
		if (s.fee() != null) {
			b.append("; fee=").append(s.fee().amount().toPlainString()).append(s.fee().paid() ? "/paid" : "/unpaid");
		}
		if (s.reply() != null) {
			b.append("; outcome=").append(s.reply().outcome().key()).append("; replyType=")
				.append(s.reply().type().key()).append("; decided=").append(s.reply().decidedOn());
		}
		return b.toString();
	}

	/** A step's result: the request before and after, and the steps noted. */
	public record Changed(RequestSnapshot before, RequestSnapshot after, List<Happened> happened) {
	}
}
