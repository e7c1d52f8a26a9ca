package org.yangguang.meetings.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.meetings.MeetingTasks;
import org.yangguang.meetings.TaskView;
import org.yangguang.workbench.TodoItem;
import org.yangguang.workbench.TodoSource;

/**
 * 督办事项待办: the lead unit's open tasks (to report), the office's reports to verify and extensions to decide,
 * and for the office and supervisors every overdue task.
 */
@Component
class MeetingTodos implements TodoSource {

	static final String KIND = "meetings.todo.kind";

	private final MeetingTasks tasks;
	private final MessageSource messages;

	MeetingTodos(MeetingTasks tasks, MessageSource messages) {
		this.tasks = tasks;
		this.messages = messages;
	}

	@Override
	public List<TodoItem> todosFor(CurrentUser user) {
		if (!user.staff() || !user.hasAny(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE, Role.SUPERVISOR)) {
			return List.of();
		}
		return tasks.list(null, null).stream()
			.filter(t -> !t.actions().isEmpty() || t.overdue() && user.hasAny(Role.DISCLOSURE_OFFICE, Role.SUPERVISOR))
			.map(this::item).toList();
	}

	private TodoItem item(TaskView t) {
		String next = t.may("verify") ? "verify" : t.may("decide-extension") ? "decideExtension"
				: t.may("progress") ? "report" : "supervise";
		String summary = messages.getMessage("meetings.todo." + next, new Object[] { t.leadName() },
				LocaleContextHolder.getLocale());
		String state = t.overdue() ? "overdue" : t.deadlineState() == null || "done".equals(t.deadlineState()) ? "none"
				: t.deadlineState();
		return new TodoItem(KIND, t.meetingTitle() + "：" + t.topic(), summary, "/workbench/meetings/tasks/" + t.id(),
				t.due(), state, t.remainingWorkingDays());
	}
}
