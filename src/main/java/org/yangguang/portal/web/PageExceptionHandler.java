package org.yangguang.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RequestReference;

/**
 * Errors on pages become an error page in the page's language with the request's reference id (also in the
 * log). Security exceptions go back to Spring Security (sign-in page or 403).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException e) {
		throw e;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
		return page(404, e, request, response);
	}

	@ExceptionHandler(IllegalTransitionException.class)
	ModelAndView conflict(IllegalTransitionException e, HttpServletRequest request, HttpServletResponse response) {
		return page(409, e, request, response);
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView rule(DomainException e, HttpServletRequest request, HttpServletResponse response) {
		return page(400, e, request, response);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return page(500, null, request, response);
	}

	private static ModelAndView page(int status, DomainException e, HttpServletRequest request,
			HttpServletResponse response) {
		response.setStatus(status);
		ModelAndView mav = new ModelAndView(ErrorPages.viewFor(status));
		mav.addObject("status", status);
		mav.addObject("path", request.getRequestURI());
		mav.addObject("ref", RequestReference.of(request));
		if (e != null) {
			mav.addObject("messageKey", e.messageKey());
			mav.addObject("messageArgs", e.args());
		}
		return mav;
	}
}
