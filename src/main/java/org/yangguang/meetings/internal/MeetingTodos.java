package org.yangguang.meetings.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.meetings.TaskState;
import org.yangguang.meetings.TaskView;
import org.yangguang.organisation.Organisations;
import org.yangguang.workbench.TodoItem;
import org.yangguang.workbench.TodoSource;

/**
 * 督办事项待办 of the given staff member (worked out from their organisation, not from who is signed in): the lead
 * unit's open tasks (to report), the office's reports to verify and extensions to decide, and for the office and
 * supervisors every overdue task.
 */
@Component
class MeetingTodos implements TodoSource {

	static final String KIND = "meetings.todo.kind";

	private final TaskRepository tasks;
	private final MeetingWorkflow workflow;
	private final MeetingViews views;
	private final Organisations organisations;
	private final MessageSource messages;

	MeetingTodos(TaskRepository tasks, MeetingWorkflow workflow, MeetingViews views, Organisations organisations,
			MessageSource messages) {
		this.tasks = tasks;
		this.workflow = workflow;
		this.views = views;
		this.organisations = organisations;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TodoItem> todosFor(CurrentUser user) {
		if (!user.staff() || user.organisationId() == null
				|| !user.hasAny(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE, Role.SUPERVISOR)) {
			return List.of();
		}
		Map<Long, Minutes> minutes = new HashMap<>();
		List<TodoItem> items = new ArrayList<>();
		for (FollowUpTask t : tasks.list(null, EnumSet.of(TaskState.OPEN, TaskState.REPORTED), 500)) {
			Minutes m = minutes.computeIfAbsent(t.minutesId(), workflow::loadMinutes);
			TaskView v = views.task(t, m, user, false);
			boolean leadUnit = user.hasAny(Role.CLERK, Role.LEADER) && within(t.leadOrgId(), user);
			boolean office = user.has(Role.DISCLOSURE_OFFICE) && within(m.organisationId(), user);
			String next = null;
			if (office && t.state() == TaskState.REPORTED) {
				next = "verify";
			}
			else if (office && "asked".equals(t.extensionStatus())) {
				next = "decideExtension";
			}
			else if (leadUnit && t.state() == TaskState.OPEN) {
				next = "report";
			}
			else if (v.overdue() && (office || user.has(Role.SUPERVISOR))) {
				next = "supervise";
			}
			if (next != null) {
				items.add(item(v, next));
			}
		}
		return items;
	}

	private boolean within(long organisationId, CurrentUser user) {
		return organisations.isWithin(organisationId, user.organisationId());
	}

	private TodoItem item(TaskView t, String next) {
		String summary = messages.getMessage("meetings.todo." + next, new Object[] { t.leadName() },
				LocaleContextHolder.getLocale());
		String state = t.overdue() ? "overdue" : t.deadlineState() == null || "done".equals(t.deadlineState()) ? "none"
				: t.deadlineState();
		return new TodoItem(KIND, t.meetingTitle() + "：" + t.topic(), summary, "/workbench/meetings/tasks/" + t.id(),
				t.due(), state, t.remainingWorkingDays());
	}
}
