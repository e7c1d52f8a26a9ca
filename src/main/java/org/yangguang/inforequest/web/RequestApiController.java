package org.yangguang.inforequest.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.Identity;
import org.yangguang.inforequest.InformationRequests;
import org.yangguang.inforequest.OnlineApplication;
import org.yangguang.inforequest.RequestFileContent;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestFilter;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RuleViolationException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 依申请公开 API for applicants and readers: apply online, list one's requests (staff: those in scope), read one,
 * download its reply letter. Anyone who is neither the applicant nor staff in scope gets 404.
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Information requests", description = "依申请公开: citizens apply and follow their requests; staff of the "
		+ "agency handle them step by step within the statutory working-day limits; the office imports past years.")
@SecurityRequirement(name = "bearerAuth")
class RequestApiController {

	private final InformationRequests applications;
	private final RequestHandling handling;
	private final Organisations organisations;
	private final Identity identity;

	RequestApiController(InformationRequests applications, RequestHandling handling, Organisations organisations,
			Identity identity) {
		this.applications = applications;
		this.handling = handling;
		this.organisations = organisations;
		this.identity = identity;
	}

	/** The body of an online application; {@code delivery} is the route (or the form) wanted. */
	record ApplyBody(String agency, String applicantType, String description, String delivery, String title,
			String docNo, String purpose, String form, String orgName, String creditCode) {
	}

	record Created(String trackingNo, String receivedOn, String deadline) {
	}

	@Operation(summary = "Apply for government information (citizen accounts)")
	@CreatedWithLocation
	@ProblemResponses(HttpStatus.FORBIDDEN)
	@PostMapping
	ResponseEntity<Created> apply(@RequestBody ApplyBody body) {
		Organisation agency = agency(body.agency());
		ApiValues.Delivery delivery = ApiValues.delivery(body.delivery(), body.form());
		RequestSnapshot s = applications.apply(new OnlineApplication(agency.id(),
				ApiValues.applicantType(body.applicantType()), body.orgName(), body.creditCode(), body.title(),
				body.docNo(), body.description(), body.purpose(), delivery.form(), delivery.route()));
		return ResponseEntity.created(URI.create("/api/v1/requests/" + s.trackingNo()))
			.body(new Created(s.trackingNo(), s.receivedOn().toString(),
					s.replyDueOn() == null ? null : s.replyDueOn().toString()));
	}

	Organisation agency(String code) {
		if (code == null || code.isBlank()) {
			throw RuleViolationException.onField("agency", "inforequest.error.agencyRequired");
		}
		return organisations.findByCode(code.strip())
			.orElseThrow(() -> RuleViolationException.onField("agency", "inforequest.error.agencyCodeUnknown", code));
	}

	/** The citizen's own requests; for staff, a page of those in their scope (open ones unless {@code all}). */
	@Operation(summary = "List the caller's requests (staff: a page of those in their scope)")
	@GetMapping
	List<RequestJson.RowJson> list(@RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Map<Long, Organisation> byId = byId();
		boolean staff = identity.requireUser().staff();
		var rows = staff ? handling.list(new RequestFilter(!all, null, null, null, null, null), page, size).rows()
				: applications.mine();
		return rows.stream().map(r -> RequestJson.RowJson.of(r, byId)).toList();
	}

	@Operation(summary = "Read a request: status, deadline, notices and reply (the applicant or staff in scope)")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@GetMapping("/{trackingNo}")
	RequestJson get(@PathVariable String trackingNo) {
		return RequestJson.of(applications.view(trackingNo), byId(), letterUrl(trackingNo));
	}

	@Operation(summary = "Download the reply letter as PDF")
	@ApiResponse(responseCode = "200", description = "The signed reply letter.",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@GetMapping("/{trackingNo}/letter.pdf")
	ResponseEntity<byte[]> letter(@PathVariable String trackingNo) {
		RequestFileContent letter = applications.letter(trackingNo);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + trackingNo + ".pdf\"")
			.body(letter.content());
	}

	static String letterUrl(String trackingNo) {
		return "/api/v1/requests/" + trackingNo + "/letter.pdf";
	}

	Map<Long, Organisation> byId() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}
}
