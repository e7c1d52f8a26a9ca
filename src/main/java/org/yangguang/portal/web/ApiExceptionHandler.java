package org.yangguang.portal.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RequestReference;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.shared.TooManyRequestsException;

/**
 * Every JSON API error is RFC 9457 {@code application/problem+json}, in the request's language, with the request's
 * reference id and, for validation errors, a list of {@code errors: [{field, message}]}. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	record FieldProblem(String field, String message) {
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, e, null, request);
	}

	@ExceptionHandler(IllegalTransitionException.class)
	ResponseEntity<Object> conflict(IllegalTransitionException e, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, e, null, request);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<Object> tooMany(TooManyRequestsException e, HttpServletRequest request) {
		ResponseEntity<Object> problem = problem(HttpStatus.TOO_MANY_REQUESTS, e, null, request);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfterSeconds())))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.getBody());
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<Object> ruleViolation(RuleViolationException e, HttpServletRequest request) {
		List<FieldProblem> fields = e.field() == null ? null
				: List.of(new FieldProblem(e.field(), text(e.messageKey(), e.args())));
		return problem(HttpStatus.BAD_REQUEST, e, fields, request);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> unauthenticated(AuthenticationException e, HttpServletRequest request) {
		ResponseEntity<Object> response = plain(HttpStatus.UNAUTHORIZED, "error.401.title",
				e instanceof org.springframework.security.authentication.LockedException ? "login.error.locked"
						: "error.401.credentials",
				request);
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest request) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken) {
			return plain(HttpStatus.UNAUTHORIZED, "error.401.title", "error.401.detail", request);
		}
		return plain(HttpStatus.FORBIDDEN, "error.403.title", "error.403.detail", request);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, ConstraintViolationException.class,
			IllegalArgumentException.class })
	ResponseEntity<Object> badParameter(Exception e, HttpServletRequest request) {
		String detail = e instanceof MethodArgumentTypeMismatchException m
				? text("error.400.parameter", m.getName(), String.valueOf(m.getValue()))
				: text("error.400.detail");
		ProblemDetail body = base(HttpStatus.BAD_REQUEST, text("error.400.title"), detail, request);
		if (e instanceof MethodArgumentTypeMismatchException m) {
			body.setProperty("errors", List.of(new FieldProblem(m.getName(), detail)));
		}
		return respond(HttpStatus.BAD_REQUEST, body);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return plain(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.title", "error.500.detail", request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
			.map(f -> new FieldProblem(f.getField(), fieldMessage(f))).toList();
		ProblemDetail body = base(HttpStatus.BAD_REQUEST, text("error.400.title"), text("error.400.fields"),
				((ServletWebRequest) request).getRequest());
		body.setProperty("errors", fields);
		return respond(HttpStatus.BAD_REQUEST, body);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = e.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream()
				.map(err -> new FieldProblem(r.getMethodParameter().getParameterName(),
						messages.getMessage(err, locale()))))
			.toList();
		ProblemDetail body = base(HttpStatus.BAD_REQUEST, text("error.400.title"), text("error.400.fields"),
				((ServletWebRequest) request).getRequest());
		body.setProperty("errors", fields);
		return respond(HttpStatus.BAD_REQUEST, body);
	}

	/** Framework errors (unreadable JSON, wrong method, missing parameter…) keep their status, localised title. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setProperty("reference", RequestReference.of(((ServletWebRequest) request).getRequest()));
			String key = "error." + status.value() + ".title";
			problem.setTitle(messages.getMessage(key, null, problem.getTitle(), locale()));
		}
		return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	private ResponseEntity<Object> problem(HttpStatus status, DomainException e, List<FieldProblem> fields,
			HttpServletRequest request) {
		ProblemDetail body = base(status, text("error." + status.value() + ".title"), text(e.messageKey(), e.args()),
				request);
		body.setProperty("code", e.messageKey());
		if (fields != null) {
			body.setProperty("errors", fields);
		}
		return respond(status, body);
	}

	private ResponseEntity<Object> plain(HttpStatus status, String titleKey, String detailKey,
			HttpServletRequest request) {
		return respond(status, base(status, text(titleKey), text(detailKey), request));
	}

	private static ProblemDetail base(HttpStatus status, String title, String detail, HttpServletRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		body.setInstance(java.net.URI.create(request.getRequestURI()));
		body.setProperty("reference", RequestReference.of(request));
		return body;
	}

	private static ResponseEntity<Object> respond(HttpStatus status, ProblemDetail body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private String fieldMessage(FieldError f) {
		return messages.getMessage(f, locale());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
