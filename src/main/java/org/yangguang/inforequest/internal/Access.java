package org.yangguang.inforequest.internal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.shared.NotFoundException;

/**
 * Who may see and act on a request. The applicant sees their own requests; staff with a handling or supervising
 * role see those of the agencies in their scope. Anyone else is told the request does not exist (404). Seen but not
 * allowed — staff out of scope or without the role, an applicant taking a staff step, a member of the disclosure
 * office who is not its head approving an extension (条例第三十三条) — is refused (403).
 */
@Component
public class Access {

	/** Staff roles that may read requests in their scope. */
	static final Set<Role> READERS = EnumSet.of(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE, Role.SUPERVISOR);

	/** Staff roles that may register applications for agencies in their scope (WINDOW: for any agency). */
	static final Set<Role> REGISTRARS = EnumSet.of(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE);

	private final Identity identity;
	private final Accounts accounts;

	Access(Identity identity, Accounts accounts) {
		this.identity = identity;
		this.accounts = accounts;
	}

	public CurrentUser user() {
		return identity.requireUser();
	}

	public boolean isApplicant(CurrentUser user, RequestSnapshot request) {
		return !user.staff() && Objects.equals(request.applicant().accountId(), user.id());
	}

	public boolean canRead(CurrentUser user, RequestSnapshot request) {
		return isApplicant(user, request)
				|| user.staff() && user.roles().stream().anyMatch(READERS::contains) && identity.covers(request.agencyId());
	}

	/** Throws 404 unless the current user may read the request. */
	public void requireRead(RequestSnapshot request) {
		CurrentUser user = identity.currentUser().orElse(null);
		if (user == null || !canRead(user, request)) {
			throw new NotFoundException("inforequest.error.notFound", request.trackingNo());
		}
	}

	/** Throws 404 if the user may not even see the request, 403 if they see it but may not take the action. */
	public CurrentUser requireAction(RequestSnapshot request, RequestAction action) {
		CurrentUser user = identity.requireUser();
		if (!user.staff()) {
			if (isApplicant(user, request)) {
				if (action.byApplicant()) {
					return user;
				}
				throw new AccessDeniedException("applicant may not " + action.key());
			}
			throw new NotFoundException("inforequest.error.notFound", request.trackingNo());
		}
		CurrentUser staff = identity.requireInScope(request.agencyId(), action.staffRoleArray());
		if (action.byHeadOfOffice() && !accounts.isDisclosureHead(staff.id())) {
			throw new AccessDeniedException("only the head of the disclosure office may " + action.key());
		}
		return staff;
	}

	/** Whether the current user holds a role of the action and the request is in their scope (for showing buttons). */
	public boolean may(CurrentUser user, RequestSnapshot request, RequestAction action) {
		if (!user.staff()) {
			return action.byApplicant() && isApplicant(user, request);
		}
		return action.staffRoles().stream().anyMatch(user::has) && identity.covers(request.agencyId())
				&& (!action.byHeadOfOffice() || accounts.isDisclosureHead(user.id()));
	}

	/** Throws 403 unless the current staff member may register an application addressed to {@code agencyId}. */
	public CurrentUser requireRegistrar(long agencyId) {
		CurrentUser user = identity.requireUser();
		if (user.has(Role.WINDOW)) {
			return user;
		}
		return identity.requireInScope(agencyId, REGISTRARS.toArray(Role[]::new));
	}

	public boolean covers(long organisationId) {
		return identity.covers(organisationId);
	}
}
