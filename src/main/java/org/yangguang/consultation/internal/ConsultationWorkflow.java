package org.yangguang.consultation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.consultation.ConsultationProgressed;
import org.yangguang.shared.NotFoundException;

/**
 * Each step of a consultation in the caller's transaction: lock it, take the step, store it and its history, keep the
 * adoption report's time limit (in the calendar module), publish what happened, and write the audit entry last.
 */
@Service
public class ConsultationWorkflow {

	public static final String SUBJECT = "consultation";
	public static final String REPORT_SUBJECT = "consultation-report";
	public static final String REPORT_KIND = "consultation.report";

	private final ConsultationRepository consultations;
	private final TimeLimits timeLimits;
	private final ConsultationSettings settings;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	ConsultationWorkflow(ConsultationRepository consultations, TimeLimits timeLimits, ConsultationSettings settings,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.consultations = consultations;
		this.timeLimits = timeLimits;
		this.settings = settings;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Consultation create(Consultation c) {
		Instant now = clock.instant();
		consultations.insert(c, now);
		store(c, now, null);
		audit.record("consultation.created", SUBJECT, c.id().toString(), null, describe(c), null);
		return c;
	}

	/** One step on a stored consultation, audited as {@code consultation.<action>}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Consultation change(long id, String action, BiConsumer<Consultation, LocalDate> step, String reason) {
		Consultation c = load(id, true);
		String before = describe(c);
		step.accept(c, today());
		Instant now = clock.instant();
		consultations.update(c, now);
		store(c, now, null);
		audit.record("consultation." + action, SUBJECT, Long.toString(id), before, describe(c), reason);
		return c;
	}

	/** A step on one comment of a locked consultation, audited and announced as {@code action}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void commentStep(Consultation c, Comment comment, String action, String before, String reason) {
		Instant now = clock.instant();
		if (comment.id() == null) {
			consultations.insert(comment, now);
		}
		else {
			consultations.update(comment);
		}
		events.publishEvent(new ConsultationProgressed(c.id(), action, c.organisationId(), comment.id(), now));
		audit.record("consultation.comment." + action, SUBJECT, c.id() + "/" + comment.id(), before,
				describe(comment), reason);
	}

	private void store(Consultation c, Instant now, Long commentId) {
		List<Consultation.Happened> steps = c.happened();
		consultations.appendHistory(c.id(), steps, now);
		for (Consultation.Happened h : steps) {
			events.publishEvent(new ConsultationProgressed(c.id(), h.action(), c.organisationId(), commentId, now));
		}
		c.clearHappened();
	}

	/** The consultation; 404 when there is none. */
	public Consultation load(long id, boolean forUpdate) {
		return (forUpdate ? consultations.findForUpdate(id) : consultations.find(id))
			.orElseThrow(() -> new NotFoundException("consultation.error.notFound", id));
	}

	/**
	 * The adoption report is due {@code report-working-days} working days after the period ends: started at
	 * publication from the closing date, started again from the day of an early close, closed when it is published.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void startReportLimit(Consultation c, String reason) {
		closeReportLimit(c, reason);
		var id = timeLimits.start(REPORT_KIND, REPORT_SUBJECT, c.id().toString(), c.endedOn(),
				settings.reportWorkingDays());
		c.reportDueOn = timeLimits.get(id).deadline();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void closeReportLimit(Consultation c, String reason) {
		for (TimeLimitStatus s : timeLimits.forSubject(REPORT_SUBJECT, c.id().toString())) {
			if (!s.closed()) {
				LocalDate start = s.timeLimit().start();
				timeLimits.close(s.id(), today().isBefore(start) ? start : today(), reason);
			}
		}
	}

	public ConsultationSettings settings() {
		return settings;
	}

	static String describe(Consultation c) {
		return "status=" + c.status().key() + "; opens=" + c.opensOn() + "; closes=" + c.closesOn()
				+ (c.closedEarlyOn == null ? "" : "; closedEarly=" + c.closedEarlyOn);
	}

	static String describe(Comment c) {
		return "article=" + c.article() + "; moderation=" + (c.moderation() == null ? "" : c.moderation().key())
				+ "; decision=" + (c.decision() == null ? "" : c.decision().key());
	}
}
