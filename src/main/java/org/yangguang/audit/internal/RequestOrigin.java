package org.yangguang.audit.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who acts and from where, taken from the current thread: the signed-in username, "anonymous" for a web request
 * without one, "system" outside any request (jobs, event listeners); the client address of the current request
 * (as resolved by the server's forwarded-header handling), or null outside a request.
 */
final class RequestOrigin {

	static final String SYSTEM = "system";
	static final String ANONYMOUS = "anonymous";

	private RequestOrigin() {
	}

	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return authentication.getName();
		}
		return currentRequest() != null ? ANONYMOUS : SYSTEM;
	}

	static String clientIp() {
		ServletRequestAttributes request = currentRequest();
		return request != null ? request.getRequest().getRemoteAddr() : null;
	}

	private static ServletRequestAttributes currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes : null;
	}
}
