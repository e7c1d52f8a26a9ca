package org.yangguang.appeals.internal;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.shared.NotFoundException;

/**
 * Who may see and act on a ticket: the citizen their own; the hotline operators, supervisors and auditors every ticket;
 * the clerks and leaders of the handling department (or of the township it was transferred through). Anyone else is
 * told it does not exist (404); seen but not allowed is 403.
 */
@Component
public class AppealAccess {

	private final Identity identity;

	AppealAccess(Identity identity) {
		this.identity = identity;
	}

	public CurrentUser user() {
		return identity.requireUser();
	}

	public boolean isCitizen(CurrentUser user, Ticket t) {
		return !user.staff() && Objects.equals(t.citizenAccountId(), user.id());
	}

	/** Operators and auditors see the caller even when confidential (auditors: audited by the caller). */
	public boolean seesCaller(CurrentUser user, Ticket t) {
		return isCitizen(user, t) || user.hasAny(Role.OPERATOR, Role.AUDITOR);
	}

	public boolean isDepartment(CurrentUser user, Ticket t) {
		return user.staff() && user.hasAny(Role.CLERK, Role.LEADER)
				&& (t.departmentId() != null && identity.covers(t.departmentId())
						|| t.viaTownshipId() != null && identity.covers(t.viaTownshipId()));
	}

	public CurrentUser requireRead(Ticket t) {
		CurrentUser user = identity.currentUser().orElse(null);
		if (user == null || !(isCitizen(user, t) || user.hasAny(Role.OPERATOR, Role.SUPERVISOR, Role.AUDITOR)
				|| isDepartment(user, t))) {
			throw new NotFoundException("appeals.error.notFound", t.ticketNo());
		}
		return user;
	}

	public CurrentUser requireOperator(Ticket t) {
		CurrentUser user = requireRead(t);
		if (!user.has(Role.OPERATOR)) {
			throw new AccessDeniedException("hotline operator step");
		}
		return user;
	}

	public CurrentUser requireDepartment(Ticket t) {
		CurrentUser user = requireRead(t);
		if (!isDepartment(user, t)) {
			throw new AccessDeniedException("department step");
		}
		return user;
	}

	public CurrentUser requireSupervisor(Ticket t) {
		CurrentUser user = requireRead(t);
		if (!user.has(Role.SUPERVISOR)) {
			throw new AccessDeniedException("supervision");
		}
		return user;
	}

	public CurrentUser requireCitizen(Ticket t) {
		CurrentUser user = requireRead(t);
		if (!isCitizen(user, t)) {
			throw new AccessDeniedException("only the citizen rates");
		}
		return user;
	}

	public boolean covers(long organisationId) {
		return identity.covers(organisationId);
	}
}
