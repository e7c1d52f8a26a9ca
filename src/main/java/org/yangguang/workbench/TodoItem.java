package org.yangguang.workbench;

import java.time.LocalDate;

/**
 * One line of a staff member's to-do list (待办): what it is, a one-line summary, where to act, and its deadline
 * state as computed by the module that owns it (never in the template).
 *
 * @param kind                 message key of the kind, e.g. {@code todo.kind.request}
 * @param title                the case's title or tracking number
 * @param summary              one line
 * @param link                 where the action happens
 * @param due                  the deadline, or null
 * @param state                {@code overdue}, {@code due_soon}, {@code on_time} or {@code none}
 * @param remainingWorkingDays working days left (negative when overdue), or null
 */
public record TodoItem(String kind, String title, String summary, String link, LocalDate due, String state,
		Integer remainingWorkingDays) {

	/** Overdue first, then due soonest; items without a deadline last. */
	public static final java.util.Comparator<TodoItem> URGENCY = java.util.Comparator
		.comparing((TodoItem t) -> !"overdue".equals(t.state()))
		.thenComparing(TodoItem::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
}
