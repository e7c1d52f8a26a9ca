package org.yangguang.identity.internal;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.yangguang.audit.AuditLog;

/**
 * Password check with lockout (登录失败锁定): after {@code maxFailedLogins} consecutive wrong passwords the account
 * is locked for {@code lockout}; a successful login clears the count. Used by the login form and the token API.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;
	private final AccountRepository accounts;
	private final SecurityProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	LockoutAuthenticationProvider(DaoAuthenticationProvider passwords, AccountRepository accounts,
			SecurityProperties properties, AuditLog audit, Clock clock) {
		this.passwords = passwords;
		this.accounts = accounts;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		try {
			Authentication result = passwords.authenticate(authentication);
			accounts.resetFailures(username);
			audit.record("login.succeeded", "account", username, null, null, null);
			return result;
		}
		catch (BadCredentialsException e) {
			boolean locked = accounts.recordFailure(username, properties.maxFailedLogins(),
					clock.instant().plus(properties.lockout()));
			audit.record(locked ? "account.locked" : "login.failed", "account", username, null, null,
					locked ? "too many failed logins" : "bad credentials");
			throw e;
		}
		catch (LockedException e) {
			audit.record("login.refused-locked", "account", username, null, null, null);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
