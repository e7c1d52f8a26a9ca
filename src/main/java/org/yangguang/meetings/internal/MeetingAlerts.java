package org.yangguang.meetings.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.DeadlineApproaching;
import org.yangguang.calendar.DeadlineMissed;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.meetings.TaskProgressed;
import org.yangguang.meetings.TaskState;
import org.yangguang.notification.Notice;
import org.yangguang.notification.Notifications;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * 督办提醒 — the lead unit's clerks and leaders hear of a new task, a report sent back and the extension decided;
 * the office of reports and extension requests; before the due date the lead unit is warned, after it the lead
 * unit, the office and the supervisors.
 */
@Component
class MeetingAlerts {

	private static final Set<Role> LEAD_UNIT = EnumSet.of(Role.CLERK, Role.LEADER);

	private final Notifications notifications;
	private final Accounts accounts;
	private final Organisations organisations;
	private final TaskRepository tasks;

	MeetingAlerts(Notifications notifications, Accounts accounts, Organisations organisations, TaskRepository tasks) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.organisations = organisations;
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void on(TaskProgressed step) {
		List<Long> told = switch (step.action()) {
			case "created", "sent-back", "extension-granted", "extension-refused" ->
				accounts.staffWith(step.leadOrganisationId(), LEAD_UNIT);
			case "reported", "extension-asked" -> withRole(Role.DISCLOSURE_OFFICE);
			default -> List.of();
		};
		notifications.send(new Notice("meetings." + step.action(), "notification.meetings." + step.action(),
				List.of(Long.toString(step.taskId())), link(step.taskId()), step.key()), told);
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching warning) {
		if (!MeetingWorkflow.TASK_SUBJECT.equals(warning.subjectType())) {
			return;
		}
		task(warning.subjectId()).filter(t -> t.state() == TaskState.OPEN)
			.ifPresent(t -> notifications.send(new Notice("deadline.approaching",
					"notification.meetings.deadline.approaching",
					List.of(t.id().toString(), warning.deadline().toString(),
							Integer.toString(warning.remainingWorkingDays())),
					link(t.id()), "deadline:" + warning.timeLimitId() + ":approaching:" + warning.deadline()),
					accounts.staffWith(t.leadOrgId(), LEAD_UNIT)));
	}

	@ApplicationModuleListener
	void on(DeadlineMissed missed) {
		if (!MeetingWorkflow.TASK_SUBJECT.equals(missed.subjectType())) {
			return;
		}
		task(missed.subjectId()).filter(t -> t.state() != TaskState.DONE).ifPresent(t -> {
			List<Long> told = new ArrayList<>(accounts.staffWith(t.leadOrgId(), LEAD_UNIT));
			told.addAll(withRole(Role.DISCLOSURE_OFFICE));
			told.addAll(withRole(Role.SUPERVISOR));
			notifications.send(new Notice("deadline.missed", "notification.meetings.deadline.missed",
					List.of(t.id().toString(), missed.deadline().toString(),
							Integer.toString(missed.overdueWorkingDays())),
					link(t.id()), "deadline:" + missed.timeLimitId() + ":missed:" + missed.deadline()),
					told.stream().distinct().toList());
		});
	}

	private java.util.Optional<FollowUpTask> task(String id) {
		try {
			return tasks.find(Long.parseLong(id));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}

	private static String link(long taskId) {
		return "/workbench/meetings/tasks/" + taskId;
	}

	/** Staff with the role at the top of the tree (the county government, where the office and 督查室 sit). */
	private List<Long> withRole(Role role) {
		return organisations.active().stream().filter(o -> o.parentId() == null).map(Organisation::id)
			.flatMap(id -> accounts.staffWith(id, EnumSet.of(role)).stream()).toList();
	}
}
