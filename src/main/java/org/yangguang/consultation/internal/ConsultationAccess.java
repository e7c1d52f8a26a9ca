package org.yangguang.consultation.internal;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.shared.NotFoundException;

/**
 * Who may see and act on a consultation: anyone reads a published one; the responsible organisation's clerks, leaders
 * and disclosure office (with it in their subtree) draft, handle comments and publish; supervisors and auditors read
 * every one. A draft is not there (404) for anyone else; seen but not allowed is 403.
 */
@Component
public class ConsultationAccess {

	private static final Role[] DRAFTERS = { Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE };
	private static final Role[] REVIEWERS = { Role.LEADER, Role.DISCLOSURE_OFFICE };

	private final Identity identity;

	ConsultationAccess(Identity identity) {
		this.identity = identity;
	}

	public CurrentUser user() {
		return identity.requireUser();
	}

	public CurrentUser userOrNull() {
		return identity.currentUser().orElse(null);
	}

	/** Staff of the responsible organisation (or above it) who draft and handle comments. */
	public boolean isHandler(CurrentUser user, Consultation c) {
		return user != null && user.staff() && user.hasAny(DRAFTERS) && identity.covers(c.organisationId());
	}

	public boolean isReviewer(CurrentUser user, Consultation c) {
		return user != null && user.staff() && user.hasAny(REVIEWERS) && identity.covers(c.organisationId());
	}

	public boolean isAuthor(CurrentUser user, Consultation c) {
		return user != null && Objects.equals(user.id(), c.authorId());
	}

	/** The reader, or null for the public; 404 when the reader may not see it. */
	public CurrentUser requireRead(Consultation c) {
		CurrentUser user = userOrNull();
		if (c.status().isPublic() || isHandler(user, c)
				|| user != null && user.staff() && user.hasAny(Role.SUPERVISOR, Role.AUDITOR)) {
			return user;
		}
		throw new NotFoundException("consultation.error.notFound", c.id());
	}

	public CurrentUser requireHandler(Consultation c) {
		CurrentUser user = requireRead(c);
		if (!isHandler(user, c)) {
			throw new AccessDeniedException("the responsible organisation's step");
		}
		return user;
	}

	/** A leader or the disclosure office in scope, who is not the author: nobody reviews their own draft. */
	public CurrentUser requireReviewer(Consultation c) {
		CurrentUser user = requireRead(c);
		if (!isReviewer(user, c) || isAuthor(user, c)) {
			throw new AccessDeniedException("review by a leader or the office, not the author");
		}
		return user;
	}

	public CurrentUser requirePublisher(Consultation c) {
		CurrentUser user = requireRead(c);
		if (!isReviewer(user, c)) {
			throw new AccessDeniedException("publication by a leader or the office");
		}
		return user;
	}

	/** Drafting for an organisation: a clerk, leader or the office with it in scope. */
	public CurrentUser requireDrafter(long organisationId) {
		return identity.requireInScope(organisationId, DRAFTERS);
	}

	public boolean covers(long organisationId) {
		return identity.covers(organisationId);
	}
}
