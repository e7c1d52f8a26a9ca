package org.yangguang.identity;

import java.io.Serializable;
import java.util.Set;

/** The signed-in account as other modules see it. {@code organisationId} is null for citizens. */
public record CurrentUser(long id, String username, String displayName, AccountKind kind, Long organisationId,
		Set<Role> roles) implements Serializable {

	public boolean staff() {
		return kind == AccountKind.STAFF;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... any) {
		for (Role r : any) {
			if (roles.contains(r)) {
				return true;
			}
		}
		return false;
	}
}
