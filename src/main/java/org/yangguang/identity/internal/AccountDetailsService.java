package org.yangguang.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads accounts for password checks; "locked" is decided against the injected clock. */
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;
	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountRow row = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return principal(row, clock);
	}

	static AccountPrincipal principal(AccountRow row, Clock clock) {
		return new AccountPrincipal(row.toCurrentUser(), row.passwordHash(), row.enabled(), row.lockedAt(clock.instant()));
	}
}
