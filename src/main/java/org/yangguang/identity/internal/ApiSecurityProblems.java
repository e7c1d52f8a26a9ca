package org.yangguang.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.yangguang.shared.ProblemJson;
import org.yangguang.shared.RequestLocales;

/** 401 and 403 on the JSON API as problem+json, in the request's language. */
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	ApiSecurityProblems(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, 401, "error.401.title", "error.401.detail");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, 403, "error.403.title", "error.403.detail");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
			String detail) throws IOException {
		var locale = RequestLocales.resolve(request);
		ProblemJson.write(request, response, status, messages.getMessage(title, null, title, locale),
				messages.getMessage(detail, null, detail, locale));
	}
}
