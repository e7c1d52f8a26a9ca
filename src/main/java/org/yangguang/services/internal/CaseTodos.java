package org.yangguang.services.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.CaseStatus;
import org.yangguang.workbench.TodoItem;
import org.yangguang.workbench.TodoSource;

/**
 * 政务服务待办: for the window the cases waiting for their pre-check and the decided ones waiting for delivery; for the
 * department's clerks and leaders the accepted cases they decide (a joint approval's too); for supervisors every
 * case past its deadline (督办). Soonest deadline first.
 */
@Component
class CaseTodos implements TodoSource {

	static final String KIND = "services.todo.kind";
	static final String KIND_OVERDUE = "services.todo.kindOverdue";
	/** Working days before the deadline at which a case shows as due soon. */
	static final int DUE_SOON = 2;

	private final CaseRepository cases;
	private final ItemRepository items;
	private final CaseWorkflow workflow;
	private final Organisations organisations;
	private final MessageSource messages;

	CaseTodos(CaseRepository cases, ItemRepository items, CaseWorkflow workflow, Organisations organisations,
			MessageSource messages) {
		this.cases = cases;
		this.items = items;
		this.workflow = workflow;
		this.organisations = organisations;
		this.messages = messages;
	}

	@Override
	public List<TodoItem> todosFor(CurrentUser user) {
		if (!user.staff() || user.organisationId() == null) {
			return List.of();
		}
		List<TodoItem> todos = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		LocalDate today = workflow.today();
		WorkingDayCalendar calendar = workflow.calendar();
		if (user.has(Role.WINDOW)) {
			cases.list(null, EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.DECIDED), 200)
				.forEach(r -> todos.add(item(KIND, r, names, today, calendar)));
		}
		List<Long> scope = organisations.subtree(user.organisationId()).stream().map(Organisation::id).toList();
		if (user.hasAny(Role.CLERK, Role.LEADER)) {
			cases.list(scope, EnumSet.of(CaseStatus.ACCEPTED), 200)
				.forEach(r -> todos.add(item(KIND, r, names, today, calendar)));
		}
		if (user.has(Role.SUPERVISOR)) {
			cases.overdue(today).stream().filter(r -> scope.contains(r.departmentId()))
				.forEach(r -> todos.add(item(KIND_OVERDUE, r, names, today, calendar)));
		}
		return todos;
	}

	private TodoItem item(String kind, CaseRepository.Row r, Map<String, String> names, LocalDate today,
			WorkingDayCalendar calendar) {
		String name = names.computeIfAbsent(r.itemCode() + "@" + r.itemVersion(),
				k -> items.version(r.itemCode(), r.itemVersion()).map(i -> i.guide().name()).orElse(r.itemCode()));
		Locale locale = LocaleContextHolder.getLocale();
		String summary = messages.getMessage("services.todo.summary", new Object[] {
				messages.getMessage("services.status." + r.status().key(), null, locale), r.applicantName() }, locale);
		LocalDate due = r.paused() ? null : r.deadline();
		String state = "none";
		Integer remaining = null;
		if (due != null) {
			if (today.isAfter(due)) {
				remaining = -calendar.workingDaysBetween(due.plusDays(1), today).workingDays();
				state = "overdue";
			}
			else {
				remaining = due.equals(today) ? 0 : calendar.workingDaysBetween(today.plusDays(1), due).workingDays();
				state = remaining <= DUE_SOON ? "due_soon" : "on_time";
			}
		}
		return new TodoItem(kind, r.caseNo() + " " + name, summary, "/workbench/cases/" + r.caseNo(), due, state,
				remaining);
	}
}
