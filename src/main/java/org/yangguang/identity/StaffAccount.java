package org.yangguang.identity;

import java.util.Set;

/** A staff account as the administration pages show it. */
public record StaffAccount(long id, String username, String displayName, Long organisationId, Set<Role> roles,
		boolean enabled, boolean locked) {
}
