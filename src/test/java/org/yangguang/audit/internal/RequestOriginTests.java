package org.yangguang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class RequestOriginTests {

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void outsideAnyRequestTheActorIsTheSystemWithNoAddress() {
		assertThat(RequestOrigin.actor()).isEqualTo("system");
		assertThat(RequestOrigin.clientIp()).isNull();
	}

	@Test
	void aWebRequestWithoutSignInIsAnonymousFromItsAddress() {
		inRequestFrom("203.0.113.9");
		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key",
				"anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(RequestOrigin.actor()).isEqualTo("anonymous");
		assertThat(RequestOrigin.clientIp()).isEqualTo("203.0.113.9");
	}

	@Test
	void aSignedInUserIsNamedByUsername() {
		inRequestFrom("198.51.100.7");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("clerk", null, List.of()));
		assertThat(RequestOrigin.actor()).isEqualTo("clerk");
	}

	@Test
	void aSignedInUserOutsideARequestIsStillNamed() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
		assertThat(RequestOrigin.actor()).isEqualTo("admin");
		assertThat(RequestOrigin.clientIp()).isNull();
	}

	private static void inRequestFrom(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}
}
