package org.yangguang.inforequest.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.inforequest.InformationRequests;
import org.yangguang.inforequest.PublicProgress;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RuleViolationException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 进度查询 without an account: by tracking number and the last four digits of the applicant's phone; no personal data
 * and no content. Public (no token), limited per client address.
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Information requests")
class RequestProgressApiController {

	private final InformationRequests applications;
	private final ProgressLookupLimit limit;

	RequestProgressApiController(InformationRequests applications, ProgressLookupLimit limit) {
		this.applications = applications;
		this.limit = limit;
	}

	/** Where the request is and until when; null fields are omitted. */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	record ProgressJson(String trackingNo, String status, String receivedOn, String agencyName, String deadline,
			String deadlineKind, String deadlineState, Integer remainingWorkingDays, String decidedOn) {

		static ProgressJson of(PublicProgress p) {
			var d = p.deadline();
			return new ProgressJson(p.trackingNo(), p.status().key(), p.receivedOn().toString(), p.agencyName(),
					d == null || d.deadline() == null ? null : d.deadline().toString(), d == null ? null : d.clock(),
					d == null ? null : d.state(), d == null ? null : d.remainingWorkingDays(),
					p.decidedOn() == null ? null : p.decidedOn().toString());
		}
	}

	@Operation(summary = "Progress of a request by tracking number and the last four digits of the applicant's phone "
			+ "(no account; limited per client address)")
	@ApiResponse(responseCode = "200", description = "Where the request is and until when, without personal data.")
	@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.TOO_MANY_REQUESTS })
	@GetMapping("/{trackingNo}/progress")
	ProgressJson progress(@PathVariable String trackingNo, @RequestParam(required = false) String phone4,
			HttpServletRequest request) {
		limit.consume(request.getRemoteAddr());
		if (phone4 == null || !phone4.strip().matches("\\d{4}")) {
			throw RuleViolationException.onField("phone4", "inforequest.track.phoneFormat");
		}
		String no = trackingNo.strip().toUpperCase(java.util.Locale.ROOT);
		return applications.progress(no, phone4.strip()).map(ProgressJson::of)
			.orElseThrow(() -> new NotFoundException("inforequest.error.progressNotFound"));
	}
}
