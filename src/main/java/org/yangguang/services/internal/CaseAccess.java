package org.yangguang.services.internal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.shared.NotFoundException;

/**
 * Who may see and act on a case. The applicant sees their own cases; the centre's windows see every case (one
 * acceptance point for all departments); clerks, leaders and supervisors see the cases of the departments in their
 * scope, a joint approval's departments included. Anyone else is told the case does not exist (404); seen but not
 * allowed is 403.
 */
@Component
public class CaseAccess {

	static final Set<Role> DEPARTMENT = EnumSet.of(Role.CLERK, Role.LEADER);

	private final Identity identity;

	CaseAccess(Identity identity) {
		this.identity = identity;
	}

	public CurrentUser user() {
		return identity.requireUser();
	}

	public boolean isApplicant(CurrentUser user, ServiceCase c) {
		return !user.staff() && Objects.equals(c.applicant().accountId(), user.id());
	}

	public boolean canRead(CurrentUser user, ServiceCase c) {
		if (isApplicant(user, c)) {
			return true;
		}
		if (!user.staff()) {
			return false;
		}
		if (user.has(Role.WINDOW)) {
			return true;
		}
		boolean reader = user.hasAny(Role.CLERK, Role.LEADER, Role.SUPERVISOR);
		return reader && (identity.covers(c.departmentId()) || c.tasks().keySet().stream().anyMatch(identity::covers));
	}

	/** Throws 404 unless the current user may read the case. */
	public CurrentUser requireRead(ServiceCase c) {
		CurrentUser user = identity.currentUser().orElse(null);
		if (user == null || !canRead(user, c)) {
			throw new NotFoundException("services.error.caseNotFound", c.caseNo());
		}
		return user;
	}

	/** The applicant of the case (404 for anyone who may not read it, 403 for staff). */
	public CurrentUser requireApplicant(ServiceCase c) {
		CurrentUser user = requireRead(c);
		if (!isApplicant(user, c)) {
			throw new AccessDeniedException("only the applicant may do this");
		}
		return user;
	}

	/** A window clerk of the centre. */
	public CurrentUser requireWindow(ServiceCase c) {
		CurrentUser user = requireRead(c);
		if (!user.has(Role.WINDOW)) {
			throw new AccessDeniedException("window step");
		}
		return user;
	}

	/**
	 * The department deciding: a clerk or leader in scope of the competent department (or, for a joint approval, of
	 * one of its departments); the window for an instant item.
	 *
	 * @return the department the user acts for
	 */
	public long requireDepartment(ServiceCase c, CurrentUser user) {
		if (c.guide().instant() && user.has(Role.WINDOW)) {
			return c.departmentId();
		}
		if (!user.staff() || !user.hasAny(Role.CLERK, Role.LEADER)) {
			throw new AccessDeniedException("department step");
		}
		if (!c.tasks().isEmpty()) {
			return c.tasks().keySet().stream().filter(identity::covers).findFirst()
				.orElseThrow(() -> new AccessDeniedException("no task of this department"));
		}
		if (!identity.covers(c.departmentId())) {
			throw new AccessDeniedException("out of scope");
		}
		return c.departmentId();
	}

	public boolean covers(long organisationId) {
		return identity.covers(organisationId);
	}

	/** The departments in the current staff member's scope among {@code candidates}. */
	public java.util.List<Long> scope(java.util.Collection<Long> candidates) {
		return candidates.stream().filter(identity::covers).toList();
	}
}
