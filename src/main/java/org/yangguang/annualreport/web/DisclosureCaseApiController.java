package org.yangguang.annualreport.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.annualreport.DisclosureCase;
import org.yangguang.annualreport.DisclosureCases;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RuleViolationException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Cases about proactive disclosure for table 四: registered, decided, listed by year. */
@RestController
@RequestMapping("/api/v1/reports/disclosure-cases")
@Tag(name = "Annual report", description = "政府信息公开工作年度报告")
@SecurityRequirement(name = "bearerAuth")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
class DisclosureCaseApiController {

	private final DisclosureCases cases;

	DisclosureCaseApiController(DisclosureCases cases) {
		this.cases = cases;
	}

	record RegisterBody(String org, String kind, String subject, LocalDate filedOn) {
	}

	record DecisionBody(String result, LocalDate decidedOn) {
	}

	record Items(List<DisclosureCase> items) {
	}

	@Operation(summary = "Register a reconsideration (reconsideration) or litigation (litigation_direct, "
			+ "litigation_after_reconsideration) case about proactive disclosure")
	@CreatedWithLocation
	@PostMapping
	ResponseEntity<DisclosureCase> register(@RequestBody RegisterBody body) {
		AppealKind kind;
		try {
			kind = body.kind() == null ? null : AppealKind.fromKey(body.kind());
		}
		catch (RuntimeException e) {
			throw RuleViolationException.onField("kind", "annualreport.cases.error.kind");
		}
		DisclosureCase c = cases.register(body.org(), kind, body.subject(), body.filedOn());
		return ResponseEntity.created(URI.create("/api/v1/reports/disclosure-cases/" + c.id())).body(c);
	}

	@Operation(summary = "Record the result of a case: maintained, corrected or other, with the date")
	@PostMapping("/{id}/decision")
	DisclosureCase decide(@PathVariable long id, @RequestBody DecisionBody body) {
		AppealResult result;
		try {
			result = body.result() == null ? null : AppealResult.fromKey(body.result());
		}
		catch (RuntimeException e) {
			throw RuleViolationException.onField("result", "annualreport.cases.error.result");
		}
		return cases.decide(id, result, body.decidedOn());
	}

	@Operation(summary = "The cases of an organisation (and those below it) dealt with in a year")
	@GetMapping
	Items list(@RequestParam String org, @RequestParam int year) {
		return new Items(cases.ofYear(org, year));
	}
}
