package org.yangguang.identity;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.yangguang.identity.internal.AccountPrincipal;
import org.yangguang.organisation.Organisations;

/**
 * Who is acting, and the data-scope rule every module applies: a staff member acts on records of their own
 * organisation and everything below it (数据范围 = 本机构及下级).
 */
@Service
public class Identity {

	private final Organisations organisations;

	Identity(Organisations organisations) {
		this.organisations = organisations;
	}

	public Optional<CurrentUser> currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p.user())
				: Optional.empty();
	}

	public CurrentUser requireUser() {
		return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	/** True if the current user is staff and {@code organisationId} lies in their organisation's subtree. */
	public boolean covers(long organisationId) {
		return currentUser().filter(CurrentUser::staff).filter(u -> u.organisationId() != null)
			.map(u -> organisations.isWithin(organisationId, u.organisationId())).orElse(false);
	}

	/** Throws 403 unless the current user holds one of {@code roles} and {@code organisationId} is in scope. */
	public CurrentUser requireInScope(long organisationId, Role... roles) {
		CurrentUser user = requireUser();
		if (!user.hasAny(roles) || !covers(organisationId)) {
			throw new AccessDeniedException("out of scope");
		}
		return user;
	}
}
