package org.yangguang.identity.internal;

import java.time.Instant;
import java.util.Set;

import org.yangguang.identity.AccountKind;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;

/** One row of {@code account} with its roles. */
public record AccountRow(long id, String username, String passwordHash, AccountKind kind, String displayName,
		Long organisationId, boolean enabled, int failedLogins, Instant lockedUntil, boolean demo, Set<Role> roles) {

	public CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, displayName, kind, organisationId, Set.copyOf(roles));
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
