package org.yangguang.services.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.services.CaseHandling;
import org.yangguang.services.CaseView;
import org.yangguang.services.Rating;
import org.yangguang.services.ServiceApplications;
import org.yangguang.services.ServiceRatings;
import org.yangguang.services.WalkIn;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 办件 in the API: the citizen applies and supplements; the window ({@code window}) pre-checks, accepts, issues the
 * one-time notice, refuses, records fees and delivers; the competent department pauses, resumes and decides. Each
 * answers the case as it is afterwards. A case the caller may not read is 404; a step of another role is 403; a
 * step the case's state does not allow is 409.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Service cases", description = "办件: online and walk-in applications, the window's pre-check, one-time "
		+ "notice, acceptance and delivery, the department's decision, joint approval, fees, notices as PDF, ratings, "
		+ "and the applicant's material library")
@SecurityRequirement(name = "bearerAuth")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
class ApplicationApiController {

	private final ServiceApplications applications;
	private final CaseHandling handling;
	private final ServiceRatings ratings;

	ApplicationApiController(ServiceApplications applications, CaseHandling handling, ServiceRatings ratings) {
		this.applications = applications;
		this.handling = handling;
		this.ratings = ratings;
	}

	record ApplyBody(String item, List<Integer> materials, java.util.Map<Integer, Long> files) {
	}

	record WalkInBody(String item, String applicantName, String idNumber, String phone, List<Integer> materials) {
	}

	record NoticeBody(List<Integer> missing, String note) {
	}

	record MaterialsBody(List<Integer> materials) {
	}

	record ReasonBody(String reason) {
	}

	record DecideBody(Boolean approved, String reason) {
	}

	record AgentBody(String agent) {
	}

	record FeeBody(BigDecimal amount, Boolean waived, String basis) {
	}

	record DeliverBody(String method, String trackingNo) {
	}

	record RatingBody(Integer level, String comment, String channel) {
	}

	record CaseList(List<org.yangguang.services.CaseRow> cases) {
	}

	@Operation(summary = "Apply for a service item online (citizen accounts) with the ids of the materials supplied"
			+ " and, optionally, material-library files supplying materials ({\"files\": {\"1\": 12}})")
	@CreatedWithLocation
	@PostMapping
	ResponseEntity<CaseJson> apply(@RequestBody ApplyBody body) {
		return created(applications.apply(body.item(), body.materials(),
				body.files() == null ? java.util.Map.of() : body.files()));
	}

	@Operation(summary = "Register a walk-in application at the window")
	@CreatedWithLocation
	@PostMapping("/walk-in")
	ResponseEntity<CaseJson> walkIn(@RequestBody WalkInBody body) {
		return created(handling.register(new WalkIn(body.item(), body.applicantName(), body.idNumber(), body.phone(),
				body.materials())));
	}

	@Operation(summary = "The caller's cases: a citizen's own; the window's desk; a department's cases in scope")
	@GetMapping
	CaseList list(org.springframework.security.core.Authentication auth) {
		boolean citizen = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_CITIZEN"));
		boolean window = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_WINDOW"));
		return new CaseList(citizen ? applications.mine() : window ? handling.windowDesk() : handling.departmentDesk());
	}

	@Operation(summary = "Overdue open cases with who holds them and since when (超期问责)")
	@GetMapping("/overdue")
	CaseList overdue() {
		return new CaseList(handling.overdue());
	}

	@Operation(summary = "A case: the applicant or staff in scope")
	@GetMapping("/{caseNo}")
	CaseJson one(@PathVariable String caseNo) {
		return CaseJson.of(applications.view(caseNo));
	}

	@Operation(summary = "One-time notice (一次性告知): every missing or defective material at once")
	@PostMapping("/{caseNo}/notice")
	CaseJson notice(@PathVariable String caseNo, @RequestBody NoticeBody body) {
		return CaseJson.of(handling.notice(caseNo, body.missing(), body.note()));
	}

	@Operation(summary = "The applicant supplements the materials asked for")
	@PostMapping("/{caseNo}/supplement")
	CaseJson supplement(@PathVariable String caseNo, @RequestBody MaterialsBody body) {
		return CaseJson.of(applications.supplement(caseNo, body.materials()));
	}

	@Operation(summary = "Accept (受理): the promised time limit starts")
	@PostMapping("/{caseNo}/accept")
	CaseJson accept(@PathVariable String caseNo) {
		return CaseJson.of(handling.accept(caseNo));
	}

	@Operation(summary = "Refuse to accept (不予受理), with the reason")
	@PostMapping("/{caseNo}/refuse")
	CaseJson refuse(@PathVariable String caseNo, @RequestBody ReasonBody body) {
		return CaseJson.of(handling.refuse(caseNo, body.reason()));
	}

	@Operation(summary = "Green channel and agent service (绿色通道, 代办): shorter budgets")
	@PostMapping("/{caseNo}/green-channel")
	CaseJson greenChannel(@PathVariable String caseNo, @RequestBody AgentBody body) {
		return CaseJson.of(handling.greenChannel(caseNo, body.agent()));
	}

	@Operation(summary = "Pause the clock for a special procedure (听证, 现场勘验, 专家评审, 公示)")
	@PostMapping("/{caseNo}/pause")
	CaseJson pause(@PathVariable String caseNo, @RequestBody ReasonBody body) {
		return CaseJson.of(handling.pause(caseNo, body.reason()));
	}

	@Operation(summary = "Resume the clock")
	@PostMapping("/{caseNo}/resume")
	CaseJson resume(@PathVariable String caseNo) {
		return CaseJson.of(handling.resume(caseNo));
	}

	@Operation(summary = "End the review step (审查)")
	@PostMapping("/{caseNo}/review")
	CaseJson review(@PathVariable String caseNo) {
		return CaseJson.of(handling.reviewed(caseNo));
	}

	@Operation(summary = "Decide: approved, or not with the reason (a joint approval: the caller's department's task)")
	@PostMapping("/{caseNo}/decide")
	CaseJson decide(@PathVariable String caseNo, @RequestBody DecideBody body) {
		return CaseJson.of(handling.decide(caseNo, body.approved(), body.reason()));
	}

	@Operation(summary = "Record the fee of the case, or its waiver with the basis")
	@PostMapping("/{caseNo}/fee")
	CaseJson fee(@PathVariable String caseNo, @RequestBody FeeBody body) {
		return CaseJson.of(handling.charge(caseNo, body.amount(), Boolean.TRUE.equals(body.waived()), body.basis()));
	}

	@Operation(summary = "Record payment at the centre's cashier (统一收费); a receipt number is issued")
	@PostMapping("/{caseNo}/fee-paid")
	CaseJson feePaid(@PathVariable String caseNo) {
		return CaseJson.of(handling.feePaid(caseNo));
	}

	@Operation(summary = "The certificate is made (制证) and goes into the applicant's certificate library")
	@PostMapping("/{caseNo}/certify")
	CaseJson certify(@PathVariable String caseNo) {
		return CaseJson.of(handling.certify(caseNo));
	}

	@Operation(summary = "Deliver the result (window pick-up or post with tracking number); the case is closed")
	@PostMapping("/{caseNo}/deliver")
	CaseJson deliver(@PathVariable String caseNo, @RequestBody(required = false) DeliverBody body) {
		DeliverBody b = body == null ? new DeliverBody(null, null) : body;
		return CaseJson.of(handling.deliver(caseNo, b.method(), b.trackingNo()));
	}

	@Operation(summary = "The latest one-time notice (一次性告知书) as PDF")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping(value = "/{caseNo}/notice.pdf", produces = { MediaType.APPLICATION_PDF_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<byte[]> noticePdf(@PathVariable String caseNo) {
		return pdf(caseNo, "one-time");
	}

	@Operation(summary = "A notice as PDF: acceptance, one-time, refusal or decision")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping(value = "/{caseNo}/notices/{kind}.pdf", produces = { MediaType.APPLICATION_PDF_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<byte[]> notice(@PathVariable String caseNo, @PathVariable String kind) {
		return pdf(caseNo, kind);
	}

	@Operation(summary = "Rate the case (好差评): level 1-5, 5 = 非常满意; one rating per channel")
	@CreatedWithLocation
	@PostMapping("/{caseNo}/rating")
	ResponseEntity<Rating> rate(@PathVariable String caseNo, @RequestBody RatingBody body) {
		Rating r = ratings.rate(caseNo, body.level() == null ? 0 : body.level(), body.comment(), body.channel());
		return ResponseEntity.created(URI.create("/api/v1/service-ratings/" + r.id())).body(r);
	}

	@Operation(summary = "The ratings of a case")
	@GetMapping("/{caseNo}/ratings")
	List<Rating> ratings(@PathVariable String caseNo) {
		return ratings.ofCase(caseNo);
	}

	private ResponseEntity<byte[]> pdf(String caseNo, String kind) {
		byte[] pdf = applications.notice(caseNo, kind);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + caseNo + "-" + kind + ".pdf\"")
			.body(pdf);
	}

	private static ResponseEntity<CaseJson> created(CaseView view) {
		return ResponseEntity.created(URI.create("/api/v1/applications/" + view.caseNo())).body(CaseJson.of(view));
	}
}
