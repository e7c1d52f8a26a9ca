package org.yangguang.inforequest.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
import org.yangguang.inforequest.ImportRecord;
import org.yangguang.inforequest.ImportRejected;
import org.yangguang.inforequest.ImportResult;
import org.yangguang.inforequest.InformationRequests;
import org.yangguang.inforequest.ReplyCommand;
import org.yangguang.inforequest.ReplyType;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.RequestReference;
import org.yangguang.shared.RuleViolationException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The steps of 依申请公开 in the API, each answering the request as it is afterwards. Staff out of scope or
 * without the role get 403; a request the caller may not read is 404. Also the import of past years' register.
 */
@RestController
@RequestMapping("/api/v1/requests")
class RequestActionsApiController {

	private final InformationRequests applications;
	private final RequestHandling handling;
	private final Organisations organisations;
	private final MessageSource messages;

	RequestActionsApiController(InformationRequests applications, RequestHandling handling,
			Organisations organisations, MessageSource messages) {
		this.applications = applications;
		this.handling = handling;
		this.organisations = organisations;
		this.messages = messages;
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

	record FeeNoticeBody(String method, Integer pages) {
	}

	record FeePaidBody(String paidOn) {
	}

	record ReplyBody(String outcome, String ground, String body, String replyType, String otherAgencyName,
			String otherAgencyContact) {
	}

	record AppealBody(String kind, String filedOn, String result, String decidedOn, String note) {
	}

	@PostMapping("/{trackingNo}/assign")
	RequestJson assign(@PathVariable String trackingNo, @RequestBody AssignBody body) {
		Organisation target = agency(body.agency());
		handling.assign(trackingNo, target.id());
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/correction")
	RequestJson correction(@PathVariable String trackingNo, @RequestBody CorrectionBody body) {
		handling.requestCorrection(trackingNo, body.items(), ApiValues.date("dueOn", body.dueOn()));
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/corrected")
	RequestJson corrected(@PathVariable String trackingNo, @RequestBody(required = false) CorrectedBody body) {
		CorrectedBody b = body == null ? new CorrectedBody(null, null) : body;
		applications.submitCorrection(trackingNo, b.text(), ApiValues.date("receivedOn", b.receivedOn()));
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/close-no-correction")
	RequestJson closeNoCorrection(@PathVariable String trackingNo) {
		handling.closeForNoCorrection(trackingNo);
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/third-party")
	RequestJson thirdParty(@PathVariable String trackingNo, @RequestBody ThirdPartyBody body) {
		handling.consultThirdParty(trackingNo, body.party(), body.contact());
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/third-party-reply")
	RequestJson thirdPartyReply(@PathVariable String trackingNo, @RequestBody ThirdPartyReplyBody body) {
		handling.recordThirdPartyOpinion(trackingNo, body.consent(), body.reason(),
				ApiValues.date("answeredOn", body.answeredOn()));
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/third-party-silent")
	RequestJson thirdPartySilent(@PathVariable String trackingNo) {
		handling.endThirdPartySilence(trackingNo);
		return current(trackingNo);
	}

	/** Granted at once by the disclosure office (200); proposed to it by the department (202). */
	@PostMapping("/{trackingNo}/extend")
	ResponseEntity<RequestJson> extend(@PathVariable String trackingNo, @RequestBody ExtendBody body) {
		ExtensionRequest.Status status = handling.extend(trackingNo, body.workingDays(), body.reason());
		return ResponseEntity.status(status == ExtensionRequest.Status.GRANTED ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(current(trackingNo));
	}

	@PostMapping("/{trackingNo}/extend/refuse")
	RequestJson refuseExtension(@PathVariable String trackingNo, @RequestBody ReasonBody body) {
		handling.refuseExtension(trackingNo, body.reason());
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/fee-notice")
	RequestJson feeNotice(@PathVariable String trackingNo, @RequestBody FeeNoticeBody body) {
		FeeMethod method = ApiValues.required("method", body.method(), FeeMethod.fromKey(body.method()),
				"inforequest.error.feeMethodInvalid");
		handling.issueFeeNotice(trackingNo, method, body.pages());
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/fee-paid")
	RequestJson feePaid(@PathVariable String trackingNo, @RequestBody(required = false) FeePaidBody body) {
		handling.recordPayment(trackingNo, body == null ? null : ApiValues.date("paidOn", body.paidOn()));
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/close-no-fee")
	RequestJson closeNoFee(@PathVariable String trackingNo) {
		handling.closeForNoFee(trackingNo);
		return current(trackingNo);
	}

	@PostMapping("/{trackingNo}/reply")
	RequestJson reply(@PathVariable String trackingNo, @RequestBody ReplyBody body) {
		ReplyType type = ApiValues.required("replyType", body.replyType(), ReplyType.fromKey(body.replyType()),
				"inforequest.error.replyTypeInvalid");
		handling.reply(trackingNo, new ReplyCommand(ApiValues.outcome(body.outcome()), type, body.ground(),
				body.body(), body.otherAgencyName(), body.otherAgencyContact(), List.of()));
		return current(trackingNo);
	}

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

	@PostMapping("/{trackingNo}/withdraw")
	RequestJson withdraw(@PathVariable String trackingNo, @RequestBody(required = false) ReasonBody body) {
		applications.withdraw(trackingNo, body == null ? null : body.reason());
		return current(trackingNo);
	}

	/** The applicant's personal data in full (staff handling the case; audited). */
	@GetMapping("/{trackingNo}/applicant")
	RequestJson.ApplicantJson applicant(@PathVariable String trackingNo) {
		return RequestJson.ApplicantJson.of(handling.revealApplicant(trackingNo, "API"));
	}

	/** One record of the import list: the required fields, and the optional ones. */
	record ImportBody(String agency, String applicantType, String receivedOn, String channel, String outcome,
			String decidedOn, String trackingNo, String applicantName, String title, String docNo,
			String description) {
	}

	@PostMapping("/import")
	ResponseEntity<ImportResult> importRecords(@RequestBody List<ImportBody> body) {
		if (body == null) {
			throw new RuleViolationException("inforequest.import.empty");
		}
		List<ImportRecord> records = new java.util.ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			ImportBody b = body.get(i) == null ? new ImportBody(null, null, null, null, null, null, null, null, null,
					null, null) : body.get(i);
			records.add(new ImportRecord(i + 1, b.agency(), b.applicantType(), b.receivedOn(), b.channel(), b.outcome(),
					b.decidedOn(), b.trackingNo(), b.applicantName(), b.title(), b.docNo(), b.description()));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(handling.importRecords(records));
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
