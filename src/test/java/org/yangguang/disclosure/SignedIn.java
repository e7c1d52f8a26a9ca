package org.yangguang.disclosure;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yangguang.support.Api;

/** Runs facade calls in the test thread as a demo user, signed in through the real authentication manager. */
final class SignedIn implements AutoCloseable {

	private SignedIn() {
	}

	static SignedIn as(AuthenticationManager manager, String username) {
		var authentication = manager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, Api.DEMO_PASSWORD));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		return new SignedIn();
	}

	@Override
	public void close() {
		SecurityContextHolder.clearContext();
	}
}
