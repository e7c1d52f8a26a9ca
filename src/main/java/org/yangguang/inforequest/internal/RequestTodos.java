package org.yangguang.inforequest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.RequestRow;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.workbench.TodoItem;
import org.yangguang.workbench.TodoSource;

/**
 * 依申请公开待办: for the department's clerks and leaders the open requests they handle, soonest deadline first;
 * for the disclosure office the requests waiting to be assigned and the extensions waiting for approval; for the
 * office and supervisors, every request past its reply deadline (督办).
 */
@Component
class RequestTodos implements TodoSource {

	static final String KIND = "inforequest.todo.kind";
	static final String KIND_APPROVAL = "inforequest.todo.kindApproval";
	/** 督办: requests past their reply deadline, for the disclosure office and supervisors. */
	static final String KIND_OVERDUE = "inforequest.todo.kindOverdue";

	private static final Set<RequestStatus> HANDLED = EnumSet.of(RequestStatus.IN_PROGRESS,
			RequestStatus.AWAITING_CORRECTION, RequestStatus.CONSULTING_THIRD_PARTY, RequestStatus.AWAITING_FEE);
	private static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.REGISTERED, RequestStatus.IN_PROGRESS,
			RequestStatus.AWAITING_CORRECTION, RequestStatus.CONSULTING_THIRD_PARTY, RequestStatus.AWAITING_FEE);

	private final RequestRepository requests;
	private final RequestQueries queries;
	private final MessageSource messages;

	RequestTodos(RequestRepository requests, RequestQueries queries, MessageSource messages) {
		this.requests = requests;
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public List<TodoItem> todosFor(CurrentUser user) {
		if (!user.staff() || user.organisationId() == null) {
			return List.of();
		}
		List<Long> scope = queries.subtreeIds(user.organisationId());
		List<TodoItem> items = new ArrayList<>();
		if (user.hasAny(Role.CLERK, Role.LEADER)) {
			queries.rows(requests.findOpen(scope, HANDLED)).forEach(row -> items.add(item(KIND, row, "handle")));
		}
		if (user.has(Role.DISCLOSURE_OFFICE)) {
			queries.rows(requests.findOpen(scope, EnumSet.of(RequestStatus.REGISTERED)))
				.forEach(row -> items.add(item(KIND, row, "assign")));
			queries.rows(requests.findExtensionProposals(scope))
				.forEach(row -> items.add(item(KIND_APPROVAL, row, "approveExtension")));
		}
		if (user.hasAny(Role.DISCLOSURE_OFFICE, Role.SUPERVISOR)) {
			queries.rows(requests.findOpen(scope, OPEN)).stream()
				.filter(row -> "overdue".equals(row.deadline().state()))
				.forEach(row -> items.add(item(KIND_OVERDUE, row, "supervise")));
		}
		return items;
	}

	private TodoItem item(String kind, RequestRow row, String task) {
		var s = row.request();
		String summary = text("inforequest.todo." + task, text("inforequest.status." + s.status().key()),
				row.agencyName());
		String state = switch (row.deadline().state()) {
			case "overdue", "due_soon", "on_time" -> row.deadline().state();
			default -> "none";
		};
		Integer remaining = row.deadline().remainingWorkingDays();
		// a paused clock has no deadline yet: the workbench shows the item without one
		return new TodoItem(kind, s.trackingNo() + " " + s.information().label(), summary,
				"/workbench/requests/" + s.trackingNo(), remaining == null ? null : row.deadline().deadline(), state,
				remaining);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
