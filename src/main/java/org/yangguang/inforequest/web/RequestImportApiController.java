package org.yangguang.inforequest.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.inforequest.ImportRecord;
import org.yangguang.inforequest.ImportRejected;
import org.yangguang.inforequest.ImportResult;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RequestReference;
import org.yangguang.shared.RuleViolationException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The import of past years' register of requests by the disclosure office: all records or none; a refused import
 * is 400 with every problem as {@code {row, field, message}}.
 */
@RestController
@RequestMapping("/api/v1/requests/import")
@Tag(name = "Information requests")
@SecurityRequirement(name = "bearerAuth")
class RequestImportApiController {

	private final RequestHandling handling;
	private final MessageSource messages;

	RequestImportApiController(RequestHandling handling, MessageSource messages) {
		this.handling = handling;
		this.messages = messages;
	}

	/** One record of the import list: the required fields, and the optional ones. */
	record ImportBody(String agency, String applicantType, String receivedOn, String channel, String outcome,
			String decidedOn, String trackingNo, String applicantName, String title, String docNo,
			String description) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponses(HttpStatus.FORBIDDEN)
	@Operation(summary = "Import past years' requests (disclosure office); all records or none")
	ImportResult importRecords(@RequestBody List<ImportBody> body) {
		if (body == null) {
			throw new RuleViolationException("inforequest.import.empty");
		}
		List<ImportRecord> records = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			ImportBody b = body.get(i) == null ? new ImportBody(null, null, null, null, null, null, null, null, null,
					null, null) : body.get(i);
			records.add(new ImportRecord(i + 1, b.agency(), b.applicantType(), b.receivedOn(), b.channel(), b.outcome(),
					b.decidedOn(), b.trackingNo(), b.applicantName(), b.title(), b.docNo(), b.description()));
		}
		return handling.importRecords(records);
	}

	/** A refused import: 400 with every problem as {@code {row, field, message}}. */
	@ExceptionHandler(ImportRejected.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejected e, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e.messageKey(), e.args(), locale));
		body.setTitle(messages.getMessage("error.400.title", null, locale));
		body.setInstance(java.net.URI.create(request.getRequestURI()));
		body.setProperty("reference", RequestReference.of(request));
		body.setProperty("code", e.messageKey());
		body.setProperty("errors", e.problems().stream().map(p -> RequestJson.map("row", p.row(), "field", p.field(),
				"message", messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}
}
