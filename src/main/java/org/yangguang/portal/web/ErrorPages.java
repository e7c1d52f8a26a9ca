package org.yangguang.portal.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.yangguang.shared.ProblemJson;
import org.yangguang.shared.RequestReference;

/**
 * The container's error dispatch ({@code /error}): problem+json under {@code /api/}, an error page elsewhere.
 * Replaces Spring Boot's default so that no response ever carries a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int status = statusOf(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (status >= 500) {
			org.slf4j.MDC.put("ref", RequestReference.of(request));
			log.error("Error {} on {}", status, path, exception instanceof Throwable t ? t : null);
		}
		if (path.startsWith(request.getContextPath() + "/api/")) {
			var locale = LocaleContextHolder.getLocale();
			ProblemJson.write(request, response, status,
					messages.getMessage("error." + status + ".title", null, "Error " + status, locale),
					messages.getMessage("error." + status + ".detail", null, "", locale));
			return null;
		}
		response.setStatus(status);
		return new ModelAndView(viewFor(status),
				Map.of("status", status, "path", path, "ref", RequestReference.of(request)));
	}

	static String viewFor(int status) {
		return switch (status) {
			case 403 -> "error/403";
			case 404 -> "error/404";
			case 500 -> "error/500";
			default -> "error/error";
		};
	}

	private static int statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return code instanceof Integer i ? i : 500;
	}
}
