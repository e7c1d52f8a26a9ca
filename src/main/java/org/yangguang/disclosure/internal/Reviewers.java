package org.yangguang.disclosure.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.identity.StaffAccount;
import org.yangguang.organisation.Organisation;

/**
 * Who must approve (UX.md: actions that need approval show who must approve): the leaders and disclosure-office
 * staff whose scope covers the document — accounts of its organisation or of an organisation above it — other
 * than the author ({@link ReviewerIsNotTheAuthor}).
 */
@Component
class Reviewers {

	private final Accounts accounts;

	Reviewers(Accounts accounts) {
		this.accounts = accounts;
	}

	List<StaffAccount> of(Organisation organisation, Long authorId) {
		List<Long> chain = Arrays.stream(organisation.path().split("/")).filter(s -> !s.isBlank()).map(Long::valueOf)
			.toList();
		return accounts.staffPage(chain, null, 0, 200).stream()
			.filter(a -> a.enabled() && (a.roles().contains(Role.LEADER) || a.roles().contains(Role.DISCLOSURE_OFFICE)))
			.filter(a -> !ReviewerIsNotTheAuthor.wrote(a.id(), authorId))
			.toList();
	}
}
