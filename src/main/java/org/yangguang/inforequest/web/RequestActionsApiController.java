package org.yangguang.inforequest.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;
import org.yangguang.inforequest.ExtensionRequest;
import org.yangguang.inforequest.FeeMethod;
import org.yangguang.inforequest.InformationRequests;
import org.yangguang.inforequest.ReplyCommand;
import org.yangguang.inforequest.ReplyType;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.inforequest.WithheldPart;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RuleViolationException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The steps of 依申请公开 in the API, each answering the request as it is afterwards. Staff out of scope or
 * without the role get 403; a request the caller may not read is 404; a step the request's state does not allow
 * is 409.
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Information requests")
@SecurityRequirement(name = "bearerAuth")
@ProblemResponses({ HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
class RequestActionsApiController {

	private final InformationRequests applications;
	private final RequestHandling handling;
	private final Organisations organisations;

	RequestActionsApiController(InformationRequests applications, RequestHandling handling,
			Organisations organisations) {
		this.applications = applications;
		this.handling = handling;
		this.organisations = organisations;
	}

	record AssignBody(String agency) {
	}

	record CorrectionBody(List<String> items, String dueOn) {
	}

	record CorrectedBody(String text, String receivedOn) {
	}

	record ThirdPartyBody(String party, String contact) {
	}

	record ThirdPartyReplyBody(Boolean consent, String reason, String answeredOn) {
	}

	record ExtendBody(Integer workingDays, String reason) {
	}

	record ReasonBody(String reason) {
	}

	/** {@code replyType}: optionally, the reply the charged information is for (never "already_disclosed"). */
	record FeeNoticeBody(String method, Integer pages, String replyType) {
	}

	record FeePaidBody(String paidOn) {
	}

	/** @param withheldParts for a partial disclosure: each part withheld and its ground (条例第三十七条) */
	record ReplyBody(String outcome, String ground, String body, String replyType, String otherAgencyName,
			String otherAgencyContact, List<WithheldPart> withheldParts, String thirdPartyNotConsultedReason) {
	}

	record AppealBody(String kind, String filedOn, String result, String decidedOn, String note) {
	}

	@Operation(summary = "Assign the request to the agency that holds the information (the receipt date is kept)")
	@PostMapping("/{trackingNo}/assign")
	RequestJson assign(@PathVariable String trackingNo, @RequestBody AssignBody body) {
		Organisation target = agency(body.agency());
		handling.assign(trackingNo, target.id());
		return current(trackingNo);
	}

	@Operation(summary = "Send the one consolidated correction notice (补正), within 7 working days of receipt")
	@PostMapping("/{trackingNo}/correction")
	RequestJson correction(@PathVariable String trackingNo, @RequestBody CorrectionBody body) {
		handling.requestCorrection(trackingNo, body.items(), ApiValues.date("dueOn", body.dueOn()));
		return current(trackingNo);
	}

	@Operation(summary = "Record the applicant's correction; the reply clock restarts")
	@PostMapping("/{trackingNo}/corrected")
	RequestJson corrected(@PathVariable String trackingNo, @RequestBody(required = false) CorrectedBody body) {
		CorrectedBody b = body == null ? new CorrectedBody(null, null) : body;
		applications.submitCorrection(trackingNo, b.text(), ApiValues.date("receivedOn", b.receivedOn()));
		return current(trackingNo);
	}

	@Operation(summary = "Close the request because no correction came by the due date")
	@PostMapping("/{trackingNo}/close-no-correction")
	RequestJson closeNoCorrection(@PathVariable String trackingNo) {
		handling.closeForNoCorrection(trackingNo);
		return current(trackingNo);
	}

	@Operation(summary = "Consult a third party; the reply clock pauses for up to 15 working days")
	@PostMapping("/{trackingNo}/third-party")
	RequestJson thirdParty(@PathVariable String trackingNo, @RequestBody ThirdPartyBody body) {
		handling.consultThirdParty(trackingNo, body.party(), body.contact());
		return current(trackingNo);
	}

	@Operation(summary = "Record the third party's consent or reasoned objection")
	@PostMapping("/{trackingNo}/third-party-reply")
	RequestJson thirdPartyReply(@PathVariable String trackingNo, @RequestBody ThirdPartyReplyBody body) {
		handling.recordThirdPartyOpinion(trackingNo, body.consent(), body.reason(),
				ApiValues.date("answeredOn", body.answeredOn()));
		return current(trackingNo);
	}

	@Operation(summary = "Record that the third party did not answer in time")
	@PostMapping("/{trackingNo}/third-party-silent")
	RequestJson thirdPartySilent(@PathVariable String trackingNo) {
		handling.endThirdPartySilence(trackingNo);
		return current(trackingNo);
	}

	/** Granted at once by the disclosure office (200); proposed to it by the department (202). */
	@Operation(summary = "Extend the time limit once, by up to 20 working days, giving the reason")
	@ApiResponse(responseCode = "200", description = "Granted at once by the disclosure office.")
	@ApiResponse(responseCode = "202", description = "Proposed by the department to the disclosure office.")
	@PostMapping("/{trackingNo}/extend")
	ResponseEntity<RequestJson> extend(@PathVariable String trackingNo, @RequestBody ExtendBody body) {
		ExtensionRequest.Status status = handling.extend(trackingNo, body.workingDays(), body.reason());
		return ResponseEntity.status(status == ExtensionRequest.Status.GRANTED ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(current(trackingNo));
	}

	@Operation(summary = "Refuse a department's proposed extension (disclosure office)")
	@PostMapping("/{trackingNo}/extend/refuse")
	RequestJson refuseExtension(@PathVariable String trackingNo, @RequestBody ReasonBody body) {
		handling.refuseExtension(trackingNo, body.reason());
		return current(trackingNo);
	}

	@Operation(summary = "Send a fee notice (per application per month, or per page)")
	@PostMapping("/{trackingNo}/fee-notice")
	RequestJson feeNotice(@PathVariable String trackingNo, @RequestBody FeeNoticeBody body) {
		FeeMethod method = ApiValues.required("method", body.method(), FeeMethod.fromKey(body.method()),
				"inforequest.error.feeMethodInvalid");
		ReplyType forReply = ApiValues.required("replyType", body.replyType(), ReplyType.fromKey(body.replyType()),
				"inforequest.error.replyTypeInvalid");
		handling.issueFeeNotice(trackingNo, method, body.pages(), forReply);
		return current(trackingNo);
	}

	@Operation(summary = "Record the payment of the fee")
	@PostMapping("/{trackingNo}/fee-paid")
	RequestJson feePaid(@PathVariable String trackingNo, @RequestBody(required = false) FeePaidBody body) {
		handling.recordPayment(trackingNo, body == null ? null : ApiValues.date("paidOn", body.paidOn()));
		return current(trackingNo);
	}

	@Operation(summary = "Close the request because the fee was not paid by the due date")
	@PostMapping("/{trackingNo}/close-no-fee")
	RequestJson closeNoFee(@PathVariable String trackingNo) {
		handling.closeForNoFee(trackingNo);
		return current(trackingNo);
	}

	@Operation(summary = "Reply with one reply type, its outcome row and legal ground; the letter is generated")
	@PostMapping("/{trackingNo}/reply")
	RequestJson reply(@PathVariable String trackingNo, @RequestBody ReplyBody body) {
		ReplyType type = ApiValues.required("replyType", body.replyType(), ReplyType.fromKey(body.replyType()),
				"inforequest.error.replyTypeInvalid");
		handling.reply(trackingNo, new ReplyCommand(ApiValues.outcome(body.outcome()), type, body.ground(),
				body.body(), body.otherAgencyName(), body.otherAgencyContact(), List.of(), body.withheldParts(),
				body.thirdPartyNotConsultedReason()));
		return current(trackingNo);
	}

	@Operation(summary = "Ask the applicant for the reasons of clearly excessive requests (条例第三十五条)")
	@PostMapping("/{trackingNo}/ask-for-reasons")
	RequestJson askForReasons(@PathVariable String trackingNo, @RequestBody ReasonBody body) {
		handling.askForReasons(trackingNo, body.reason());
		return current(trackingNo);
	}

	@Operation(summary = "Record an administrative reconsideration or litigation and its result")
	@PostMapping("/{trackingNo}/appeal")
	RequestJson appeal(@PathVariable String trackingNo, @RequestBody AppealBody body) {
		AppealKind kind = ApiValues.required("kind", body.kind(), AppealKind.fromKey(body.kind()),
				"inforequest.error.appealKindInvalid");
		AppealResult result = ApiValues.required("result", body.result(), AppealResult.fromKey(body.result()),
				"inforequest.error.appealResultInvalid");
		handling.recordAppeal(trackingNo, kind, ApiValues.date("filedOn", body.filedOn()), result,
				ApiValues.date("decidedOn", body.decidedOn()), body.note());
		return current(trackingNo);
	}

	@Operation(summary = "Withdraw the request (the applicant)")
	@PostMapping("/{trackingNo}/withdraw")
	RequestJson withdraw(@PathVariable String trackingNo, @RequestBody(required = false) ReasonBody body) {
		applications.withdraw(trackingNo, body == null ? null : body.reason());
		return current(trackingNo);
	}

	/** The applicant's personal data in full (staff handling the case; audited). */
	@Operation(summary = "Reveal the applicant's personal data in full (staff handling the case; audited)")
	@GetMapping("/{trackingNo}/applicant")
	RequestJson.ApplicantJson applicant(@PathVariable String trackingNo) {
		return RequestJson.ApplicantJson.of(handling.revealApplicant(trackingNo, "API"));
	}

	private Organisation agency(String code) {
		if (code == null || code.isBlank()) {
			throw RuleViolationException.onField("agency", "inforequest.error.agencyRequired");
		}
		return organisations.findByCode(code.strip())
			.orElseThrow(() -> RuleViolationException.onField("agency", "inforequest.error.agencyCodeUnknown", code));
	}

	private RequestJson current(String trackingNo) {
		Map<Long, Organisation> byId = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		return RequestJson.of(applications.view(trackingNo), byId, RequestApiController.letterUrl(trackingNo));
	}
}
