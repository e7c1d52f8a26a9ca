package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.workbench.TodoItem;
import org.yangguang.workbench.TodoSource;

/**
 * The staff's disclosure to-dos, with the publication deadline (20 working days after the date formed):
 * reviewers (leader, disclosure office) see versions waiting for review and reviewed versions waiting for
 * publication in their scope, except their own drafts; authors see their drafts that were returned.
 */
@Component
class DocumentTodos implements TodoSource {

	static final String REVIEW = "disclosure.todo.review";
	static final String PUBLISH = "disclosure.todo.publish";
	static final String RETURNED = "disclosure.todo.returned";

	private final DocumentQueries queries;
	private final Organisations organisations;
	private final WorkingCalendar calendar;
	private final DisclosureProperties properties;
	private final MessageSource messages;
	private final Clock clock;

	DocumentTodos(DocumentQueries queries, Organisations organisations, WorkingCalendar calendar,
			DisclosureProperties properties, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.organisations = organisations;
		this.calendar = calendar;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<TodoItem> todosFor(CurrentUser user) {
		if (!user.staff() || user.organisationId() == null
				|| !user.hasAny(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE)) {
			return List.of();
		}
		List<Long> scope = organisations.subtree(user.organisationId()).stream().map(Organisation::id).toList();
		boolean reviewer = user.hasAny(WorkflowAction.APPROVE.rolesArray());
		PublicationTimeliness timeliness = new PublicationTimeliness(calendar.calendar(),
				properties.atRiskWorkingDays());
		LocalDate today = LocalDate.now(clock);
		List<TodoItem> items = new ArrayList<>();
		for (DocumentQueries.PreparedVersion v : queries.inPreparation(scope)) {
			boolean own = v.authorId() != null && v.authorId() == user.id();
			String kind = switch (v.state()) {
				case SUBMITTED -> reviewer && !own ? REVIEW : null;
				case REVIEWED -> reviewer ? PUBLISH : null;
				case RETURNED -> own ? RETURNED : null;
				default -> null;
			};
			if (kind != null) {
				items.add(item(kind, v, timeliness.judge(v.formedOn(), today)));
			}
		}
		return items;
	}

	private TodoItem item(String kind, DocumentQueries.PreparedVersion v, PublicationTimeliness.Judgement judgement) {
		String summary = messages.getMessage(kind + ".summary",
				new Object[] { v.columnName(), v.authorName(), v.versionNo() }, LocaleContextHolder.getLocale());
		return new TodoItem(kind, v.title(), summary, "/workbench/disclosure/documents/" + v.documentId(),
				judgement.deadline(), judgement.standing().todoState(), judgement.remainingWorkingDays());
	}
}
