package org.yangguang.appeals.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.appeals.AppealChannel;
import org.yangguang.appeals.AppealHandling;
import org.yangguang.appeals.AppealType;
import org.yangguang.appeals.Appeals;
import org.yangguang.appeals.Caller;
import org.yangguang.appeals.NewAppeal;
import org.yangguang.appeals.TicketRow;
import org.yangguang.appeals.TicketView;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 诉求 in the API: intake by citizens and the hotline, dispatch, the department's steps, 督办, rating and return visit.
 * A ticket the caller may not read is 404; a step of another role 403; a step the ticket's state does not allow 409.
 */
@RestController
@RequestMapping("/api/v1/appeals")
@Tag(name = "Appeals", description = "诉求办理: hotline calls, mailbox letters and web messages registered with a ticket "
		+ "number, dispatched to departments, handled on the per-type working-day clock, answered, rated, supervised")
@SecurityRequirement(name = "bearerAuth")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
class AppealApiController {

	private final Appeals appeals;
	private final AppealHandling handling;

	AppealApiController(Appeals appeals, AppealHandling handling) {
		this.appeals = appeals;
		this.handling = handling;
	}

	record RegisterBody(String type, String channel, String title, String content, Boolean publicConsent,
			Boolean confidential, Caller caller, String location) {
	}

	record Created(String ticketNo, String status, String deadline) {
	}

	record DispatchBody(String department, String viaTownship) {
	}

	record ReasonBody(String reason) {
	}

	record ContentBody(String content) {
	}

	record SuperviseBody(String note, Integer workingDays) {
	}

	record RateBody(String result) {
	}

	record NoteBody(String note, String result) {
	}

	record ScopeBody(String route, String note) {
	}

	record ConvertBody(String agency) {
	}

	record LinkBody(String ticket) {
	}

	record ExtensionBody(Integer workingDays, String reason) {
	}

	record DecisionBody(Boolean approve) {
	}

	record TicketList(List<TicketRow> tickets) {
	}

	@Operation(summary = "Register an appeal: a citizen's own (web), or a call, letter or mailbox message by the operator")
	@CreatedWithLocation
	@PostMapping
	ResponseEntity<Created> register(@RequestBody RegisterBody body) {
		TicketView v = appeals.register(new NewAppeal(body.type() == null ? null : AppealType.ofKey(body.type()),
				body.channel() == null ? null : AppealChannel.ofKey(body.channel()), body.title(), body.content(),
				Boolean.TRUE.equals(body.publicConsent()), Boolean.TRUE.equals(body.confidential()), body.caller(),
				body.location(), null, null));
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + v.ticketNo()))
			.body(new Created(v.ticketNo(), v.status().key(), v.deadline() == null ? null : v.deadline().toString()));
	}

	@Operation(summary = "The caller's tickets: a citizen's own; the operator's, a department's or a supervisor's desk")
	@GetMapping
	TicketList list(org.springframework.security.core.Authentication auth) {
		boolean citizen = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_CITIZEN"));
		return new TicketList(citizen ? appeals.mine() : handling.desk());
	}

	@Operation(summary = "A ticket: the citizen, the hotline, supervisors and the handling department")
	@GetMapping("/{ticketNo}")
	AppealJson one(@PathVariable String ticketNo) {
		return AppealJson.of(appeals.view(ticketNo));
	}

	@Operation(summary = "Earlier similar tickets of the same caller in the last 30 days (operator)")
	@GetMapping("/{ticketNo}/repeats")
	TicketList repeats(@PathVariable String ticketNo) {
		return new TicketList(handling.possibleRepeats(ticketNo));
	}

	@Operation(summary = "Departments that answered similar tickets (operator)")
	@GetMapping("/{ticketNo}/routing")
	List<String> routing(@PathVariable String ticketNo) {
		return handling.suggestDepartments(ticketNo);
	}

	@Operation(summary = "Dispatch to a department (交办), or through a township (转办) (operator)")
	@PostMapping("/{ticketNo}/dispatch")
	AppealJson dispatch(@PathVariable String ticketNo, @RequestBody DispatchBody body) {
		return AppealJson.of(handling.dispatch(ticketNo, body.department(), body.viaTownship()));
	}

	@Operation(summary = "The department accepts the ticket")
	@PostMapping("/{ticketNo}/accept")
	AppealJson accept(@PathVariable String ticketNo) {
		return AppealJson.of(handling.accept(ticketNo));
	}

	@Operation(summary = "The department returns the ticket with the reason, within one working day of dispatch")
	@PostMapping("/{ticketNo}/return")
	AppealJson giveBack(@PathVariable String ticketNo, @RequestBody ReasonBody body) {
		return AppealJson.of(handling.giveBack(ticketNo, body.reason()));
	}

	@Operation(summary = "The department replies to the citizen")
	@PostMapping("/{ticketNo}/reply")
	AppealJson reply(@PathVariable String ticketNo, @RequestBody ContentBody body) {
		return AppealJson.of(handling.reply(ticketNo, body.content()));
	}

	@Operation(summary = "Pause the clock while waiting for the citizen (department)")
	@PostMapping("/{ticketNo}/pause")
	AppealJson pause(@PathVariable String ticketNo, @RequestBody ReasonBody body) {
		return AppealJson.of(handling.waitForCitizen(ticketNo, body.reason()));
	}

	@Operation(summary = "Resume the clock (department)")
	@PostMapping("/{ticketNo}/resume")
	AppealJson resume(@PathVariable String ticketNo) {
		return AppealJson.of(handling.resume(ticketNo));
	}

	@Operation(summary = "Ask the hotline office for an extension (department)")
	@PostMapping("/{ticketNo}/extension")
	AppealJson extension(@PathVariable String ticketNo, @RequestBody ExtensionBody body) {
		return AppealJson.of(handling.askExtension(ticketNo, body.workingDays(), body.reason()));
	}

	@Operation(summary = "Approve or refuse the extension (operator)")
	@PostMapping("/{ticketNo}/extension-decision")
	AppealJson extensionDecision(@PathVariable String ticketNo, @RequestBody DecisionBody body) {
		return AppealJson.of(handling.decideExtension(ticketNo, Boolean.TRUE.equals(body.approve())));
	}

	@Operation(summary = "Supervision order (督办) with its working days (supervisor)")
	@PostMapping("/{ticketNo}/supervise")
	AppealJson supervise(@PathVariable String ticketNo, @RequestBody SuperviseBody body) {
		return AppealJson.of(handling.supervise(ticketNo, body.note(), body.workingDays()));
	}

	@Operation(summary = "The citizen rates the reply: satisfied, basically_satisfied or dissatisfied (reopens)")
	@PostMapping("/{ticketNo}/rate")
	AppealJson rate(@PathVariable String ticketNo, @RequestBody RateBody body) {
		return AppealJson.of(appeals.rate(ticketNo, body.result()));
	}

	@Operation(summary = "Record the return visit (回访) and its result (operator)")
	@PostMapping("/{ticketNo}/revisit")
	AppealJson revisit(@PathVariable String ticketNo, @RequestBody(required = false) NoteBody body) {
		String result = body == null ? null : body.note() != null ? body.note() : body.result();
		return AppealJson.of(handling.revisit(ticketNo, result == null ? "已回访" : result));
	}

	@Operation(summary = "Close as out of scope with the proper route: litigation, arbitration, discipline, reconsideration")
	@PostMapping("/{ticketNo}/out-of-scope")
	AppealJson outOfScope(@PathVariable String ticketNo, @RequestBody ScopeBody body) {
		return AppealJson.of(handling.outOfScope(ticketNo, body.route(), body.note()));
	}

	@Operation(summary = "Convert a disclosure application into an information request keeping its receipt date")
	@PostMapping("/{ticketNo}/convert")
	AppealJson convert(@PathVariable String ticketNo, @RequestBody ConvertBody body) {
		return AppealJson.of(handling.convert(ticketNo, body.agency()));
	}

	@Operation(summary = "Link the ticket to an earlier one it repeats (operator)")
	@PostMapping("/{ticketNo}/link")
	AppealJson link(@PathVariable String ticketNo, @RequestBody LinkBody body) {
		return AppealJson.of(handling.link(ticketNo, body.ticket()));
	}
}
