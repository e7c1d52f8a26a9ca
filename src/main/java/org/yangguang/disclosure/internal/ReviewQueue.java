package org.yangguang.disclosure.internal;

import java.util.Optional;

import org.yangguang.disclosure.PreparedVersion;
import org.yangguang.disclosure.WorkflowAction;
import org.yangguang.identity.CurrentUser;

/**
 * 审核队列 — what a staff member is asked to do with a version being prepared in their scope: reviewers (leader,
 * disclosure office) review submitted versions other than their own drafts ({@link ReviewerIsNotTheAuthor}) and
 * publish reviewed ones; authors rework their drafts that were returned. The staff's desk and the workbench's
 * to-do list both ask this queue.
 */
record ReviewQueue(CurrentUser user) {

	/** What the user is asked to do. */
	enum Task {
		REVIEW, PUBLISH, REWORK
	}

	/** May the user review and publish at all? */
	boolean reviewer() {
		return user.hasAny(WorkflowAction.APPROVE.rolesArray());
	}

	boolean mine(PreparedVersion v) {
		return ReviewerIsNotTheAuthor.wrote(user.id(), v.authorId());
	}

	Optional<Task> task(PreparedVersion v) {
		Task task = switch (v.state()) {
			case SUBMITTED -> reviewer() && !mine(v) ? Task.REVIEW : null;
			case REVIEWED -> reviewer() ? Task.PUBLISH : null;
			case RETURNED -> mine(v) ? Task.REWORK : null;
			default -> null;
		};
		return Optional.ofNullable(task);
	}

	boolean has(PreparedVersion v, Task task) {
		return task(v).filter(task::equals).isPresent();
	}
}
