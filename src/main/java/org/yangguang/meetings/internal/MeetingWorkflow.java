package org.yangguang.meetings.internal;

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
import org.yangguang.calendar.TimeLimitId;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.meetings.TaskProgressed;
import org.yangguang.meetings.TaskState;
import org.yangguang.shared.NotFoundException;

/**
 * Storing minutes and each step of a task in the caller's transaction: the task's time limit (in the calendar
 * module, counted from the meeting date), its history, the event and the audit entry.
 */
@Service
public class MeetingWorkflow {

	public static final String SUBJECT = "meeting";
	public static final String TASK_SUBJECT = "meeting-task";
	public static final String TASK_KIND = "meetings.task";

	private final MinutesRepository minutes;
	private final TaskRepository tasks;
	private final TimeLimits timeLimits;
	private final WorkingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	MeetingWorkflow(MinutesRepository minutes, TaskRepository tasks, TimeLimits timeLimits, WorkingCalendar calendar,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.minutes = minutes;
		this.tasks = tasks;
		this.timeLimits = timeLimits;
		this.calendar = calendar;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Stores the minutes and starts a task for each item with a lead unit, due as the item says. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Minutes save(Minutes m, String actor) {
		Instant now = clock.instant();
		minutes.insert(m, now);
		audit.record("meetings.created", SUBJECT, m.id().toString(), null, describe(m), null);
		for (Minutes.Item item : m.items()) {
			if (item.leadOrgId() == null) {
				continue;
			}
			FollowUpTask t = FollowUpTask.create(m.id(), item.seq(), item.leadOrgId(), item.decision(), m.heldOn(),
					actor);
			tasks.insert(t, now);
			int days = item.dueWorkingDays() != null ? item.dueWorkingDays() : workingDaysUntil(m.heldOn(), item.dueOn());
			TimeLimitId limit = timeLimits.start(TASK_KIND, TASK_SUBJECT, t.id().toString(), m.heldOn(), days);
			t.timeLimitId = limit.value();
			t.dueOn = timeLimits.get(limit).deadline();
			store(t, now);
			audit.record("meetings.task.created", TASK_SUBJECT, t.id().toString(), null, describe(t), null);
		}
		return m;
	}

	/** Working days after {@code heldOn} up to {@code dueOn} (at least one): the deadline is the last of them. */
	int workingDaysUntil(LocalDate heldOn, LocalDate dueOn) {
		return Math.max(1, calendar.workingDaysBetween(heldOn.plusDays(1), dueOn).workingDays());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Minutes publish(long id, BiConsumer<Minutes, LocalDate> step) {
		Minutes m = minutes.findForUpdate(id).orElseThrow(() -> new NotFoundException("meetings.error.notFound", id));
		String before = describe(m);
		step.accept(m, today());
		minutes.markPublished(m, clock.instant());
		audit.record("meetings.published", SUBJECT, m.id().toString(), before, describe(m), null);
		return m;
	}

	/** One step of a stored task, audited as {@code meetings.task.<action>}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public FollowUpTask change(long taskId, String action, BiConsumer<FollowUpTask, LocalDate> step, String reason) {
		FollowUpTask t = tasks.findForUpdate(taskId)
			.orElseThrow(() -> new NotFoundException("meetings.error.taskNotFound", taskId));
		String before = describe(t);
		LocalDate today = today();
		step.accept(t, today);
		if (t.timeLimitId != null) {
			TimeLimitId limit = new TimeLimitId(t.timeLimitId);
			if (t.granted > 0) {
				timeLimits.extend(limit, t.granted, today, t.extensionReason());
			}
			if (t.state() == TaskState.DONE) {
				timeLimits.close(limit, today, "verified");
			}
			t.dueOn = timeLimits.get(limit).deadline();
		}
		store(t, clock.instant());
		audit.record("meetings.task." + action, TASK_SUBJECT, Long.toString(taskId), before, describe(t), reason);
		return t;
	}

	private void store(FollowUpTask t, Instant now) {
		tasks.update(t, now);
		List<FollowUpTask.Happened> steps = t.happened();
		int seq = tasks.events(t.id()).size();
		tasks.appendEvents(t.id(), steps, now);
		for (FollowUpTask.Happened h : steps) {
			events.publishEvent(new TaskProgressed(t.id(), t.minutesId(), h.action(), t.state(), t.leadOrgId(),
					++seq));
		}
	}

	public FollowUpTask loadTask(long taskId) {
		return tasks.find(taskId).orElseThrow(() -> new NotFoundException("meetings.error.taskNotFound", taskId));
	}

	public Minutes loadMinutes(long id) {
		return minutes.find(id).orElseThrow(() -> new NotFoundException("meetings.error.notFound", id));
	}

	/** The task's time limit as of today; null before it has one. */
	public TimeLimitStatus timeLimit(FollowUpTask t) {
		return t.timeLimitId == null ? null : timeLimits.get(new TimeLimitId(t.timeLimitId));
	}

	static String describe(Minutes m) {
		return "kind=" + m.kind().key() + "; number=" + m.number() + "; heldOn=" + m.heldOn() + "; organisation="
				+ m.organisationId() + "; items=" + m.items().size() + "; published=" + m.published()
				+ (m.approvedBy() == null ? "" : "; approvedBy=" + m.approvedBy());
	}

	static String describe(FollowUpTask t) {
		return "state=" + t.state().key() + "; lead=" + t.leadOrgId() + "; due=" + t.dueOn()
				+ (t.extensionStatus() == null ? "" : "; extension=" + t.extensionStatus());
	}
}
