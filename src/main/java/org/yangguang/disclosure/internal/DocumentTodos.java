package org.yangguang.disclosure.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yangguang.disclosure.PreparedVersion;
import org.yangguang.disclosure.PublicationJudgement;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.workbench.TodoItem;
import org.yangguang.workbench.TodoSource;

/**
 * The staff's disclosure to-dos from the {@link ReviewQueue}, with the publication deadline (20 working days after
 * the date formed): reviewers see versions waiting for review (never their own drafts) and reviewed versions
 * waiting for publication in their scope; authors see their drafts that were returned.
 */
@Component
class DocumentTodos implements TodoSource {

	static final String REVIEW = "disclosure.todo.review";
	static final String PUBLISH = "disclosure.todo.publish";
	static final String RETURNED = "disclosure.todo.returned";

	private final DocumentQueries queries;
	private final Organisations organisations;
	private final PublicationDeadlines deadlines;
	private final MessageSource messages;

	DocumentTodos(DocumentQueries queries, Organisations organisations, PublicationDeadlines deadlines,
			MessageSource messages) {
		this.queries = queries;
		this.organisations = organisations;
		this.deadlines = deadlines;
		this.messages = messages;
	}

	@Override
	public List<TodoItem> todosFor(CurrentUser user) {
		if (!user.staff() || user.organisationId() == null
				|| !user.hasAny(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE)) {
			return List.of();
		}
		List<Long> scope = organisations.subtree(user.organisationId()).stream().map(Organisation::id).toList();
		ReviewQueue queue = new ReviewQueue(user);
		return queries.inPreparation(scope).stream()
			.flatMap(v -> queue.task(v).map(task -> item(kind(task), v, deadlines.judge(v.formedOn()))).stream())
			.toList();
	}

	private static String kind(ReviewQueue.Task task) {
		return switch (task) {
			case REVIEW -> REVIEW;
			case PUBLISH -> PUBLISH;
			case REWORK -> RETURNED;
		};
	}

	private TodoItem item(String kind, PreparedVersion v, PublicationJudgement judgement) {
		String summary = messages.getMessage(kind + ".summary",
				new Object[] { v.columnName(), v.authorName(), v.versionNo() }, LocaleContextHolder.getLocale());
		return new TodoItem(kind, v.title(), summary, "/workbench/disclosure/documents/" + v.documentId(),
				judgement.deadline(), judgement.standing().todoState(), judgement.remainingWorkingDays());
	}
}
