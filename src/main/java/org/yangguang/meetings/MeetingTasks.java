package org.yangguang.meetings;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.meetings.internal.FollowUpTask;
import org.yangguang.meetings.internal.MeetingAccess;
import org.yangguang.meetings.internal.MeetingViews;
import org.yangguang.meetings.internal.MeetingWorkflow;
import org.yangguang.meetings.internal.Minutes;
import org.yangguang.meetings.internal.TaskRepository;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.RuleViolationException;

/**
 * 督办事项 — the follow-up tasks of the meetings' decisions: the lead unit reports progress, reports done with the
 * evidence and asks for extensions; the office verifies (or sends back) and decides extensions. Supervisors and the
 * office see every task, the lead units their own; overdue ones say so.
 */
@Service
public class MeetingTasks {

	/** The filters of the task list besides the states: {@code overdue} (past due and not done). */
	public static final String OVERDUE = "overdue";

	private final MeetingWorkflow workflow;
	private final TaskRepository tasks;
	private final MeetingAccess access;
	private final MeetingViews views;
	private final Organisations organisations;

	MeetingTasks(MeetingWorkflow workflow, TaskRepository tasks, MeetingAccess access, MeetingViews views,
			Organisations organisations) {
		this.workflow = workflow;
		this.tasks = tasks;
		this.access = access;
		this.views = views;
		this.organisations = organisations;
	}

	/**
	 * The tasks the staff member sees: every one for the office, supervisors and auditors, the lead unit's own for
	 * clerks and leaders; optionally of one lead unit (organisation code) and in one state ({@code open},
	 * {@code reported}, {@code done} or {@code overdue}); overdue first, then soonest due.
	 */
	@Transactional(readOnly = true)
	public List<TaskView> list(String leadCode, String state) {
		CurrentUser user = access.requireStaff();
		Set<TaskState> states = EnumSet.noneOf(TaskState.class);
		boolean overdueOnly = false;
		if (state != null && !state.isBlank()) {
			String s = state.strip().toLowerCase(Locale.ROOT);
			if (OVERDUE.equals(s)) {
				overdueOnly = true;
				states = EnumSet.of(TaskState.OPEN, TaskState.REPORTED);
			}
			else {
				states = EnumSet.of(parseState(s));
			}
		}
		List<Long> leads;
		if (leadCode != null && !leadCode.isBlank()) {
			Organisation lead = organisations.findByCode(leadCode.strip())
				.orElseThrow(() -> RuleViolationException.onField("lead", "meetings.error.organisationUnknown", leadCode));
			leads = List.of(lead.id());
		}
		else {
			leads = null;
		}
		boolean all = user.hasAny(Role.DISCLOSURE_OFFICE, Role.SUPERVISOR, Role.AUDITOR);
		boolean onlyOverdue = overdueOnly;
		java.util.Map<Long, Minutes> minutes = new java.util.HashMap<>();
		java.util.function.Function<FollowUpTask, Minutes> minutesOf = t -> minutes.computeIfAbsent(t.minutesId(),
				workflow::loadMinutes);
		return tasks.list(leads, states, 500).stream()
			.filter(t -> all || access.covers(t.leadOrgId()) || access.covers(minutesOf.apply(t).organisationId()))
			.map(t -> views.task(t, minutesOf.apply(t), user, false))
			.filter(v -> !onlyOverdue || v.overdue())
			.sorted(java.util.Comparator.comparing((TaskView v) -> !v.overdue())
				.thenComparing(TaskView::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
	}

	@Transactional(readOnly = true)
	public TaskView view(long id) {
		FollowUpTask t = workflow.loadTask(id);
		var m = workflow.loadMinutes(t.minutesId());
		return views.task(t, m, access.requireRead(t, m.organisationId()), true);
	}

	/** 进展 / 报结 — the lead unit's note; {@code done} reports it done with the evidence. */
	@Transactional
	public TaskView progress(long id, String note, boolean done) {
		return step(id, done ? "reported" : "progress", true, (t, user, today) -> t.progress(note, done, today,
				user.displayName()), note);
	}

	/** 核验 — the office accepts the report (done) or sends it back with the reason. */
	@Transactional
	public TaskView verify(long id, boolean accepted, String note) {
		return step(id, accepted ? "verified" : "sent-back", false,
				(t, user, today) -> t.verify(accepted, note, today, user.displayName()), note);
	}

	/** 申请延期 — the lead unit asks for more working days with the reason. */
	@Transactional
	public TaskView askExtension(long id, Integer workingDays, String reason) {
		return step(id, "extension-asked", true,
				(t, user, today) -> t.askExtension(workingDays, reason, today, user.displayName()), reason);
	}

	/** The office grants (the due date moves by the days asked) or refuses the extension. */
	@Transactional
	public TaskView decideExtension(long id, boolean grant, String note) {
		return step(id, grant ? "extension-granted" : "extension-refused", false,
				(t, user, today) -> t.decideExtension(grant, note, today, user.displayName()), note);
	}

	private interface Step {
		void take(FollowUpTask t, CurrentUser user, java.time.LocalDate today);
	}

	private TaskView step(long id, String action, boolean leadUnit, Step step, String reason) {
		FollowUpTask before = workflow.loadTask(id);
		var m = workflow.loadMinutes(before.minutesId());
		CurrentUser user = leadUnit ? access.requireLeadUnit(before, m.organisationId())
				: access.requireOffice(before, m.organisationId());
		FollowUpTask t = workflow.change(id, action, (task, today) -> step.take(task, user, today), reason);
		return views.task(t, m, user, true);
	}

	private static TaskState parseState(String s) {
		for (TaskState state : TaskState.values()) {
			if (state.key().equals(s)) {
				return state;
			}
		}
		throw RuleViolationException.onField("state", "meetings.error.state", s);
	}
}
