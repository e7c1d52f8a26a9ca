package org.yangguang.disclosure.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.disclosure.DocumentRow;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.disclosure.WorkflowAction;

/**
 * Who may do what to a document: the action's roles within the data scope of the document's organisation, and
 * nobody reviews a version they wrote ({@link ReviewerIsNotTheAuthor}). Out of role or scope is 403.
 */
@Component
public class DocumentPermissions {

	private final Identity identity;

	DocumentPermissions(Identity identity) {
		this.identity = identity;
	}

	/** The acting user, or 403. */
	CurrentUser require(DocumentRow document, WorkflowAction action) {
		return identity.requireInScope(document.organisationId(), action.rolesArray());
	}

	/** For pages: may the current user do this now (role, scope, state and the author rule)? */
	public boolean may(DocumentRow document, VersionRow version, WorkflowAction action) {
		Optional<CurrentUser> user = identity.currentUser();
		if (user.isEmpty() || !user.get().hasAny(action.rolesArray()) || !identity.covers(document.organisationId())) {
			return false;
		}
		if ((action == WorkflowAction.APPROVE || action == WorkflowAction.RETURN)
				&& ReviewerIsNotTheAuthor.wrote(user.get().id(), version.authorId())) {
			return false;
		}
		return DocumentTransitions.allows(version.state(), action);
	}

	/** May the current user draft documents in this organisation? */
	public boolean mayDraft(long organisationId) {
		return identity.currentUser().filter(u -> u.hasAny(WorkflowAction.EDIT.rolesArray())).isPresent()
				&& identity.covers(organisationId);
	}

	public Optional<CurrentUser> currentUser() {
		return identity.currentUser();
	}
}
