package org.yangguang.annualreport.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.AnnualReporting;
import org.yangguang.annualreport.ReportPublication;
import org.yangguang.annualreport.ReportSections;
import org.yangguang.annualreport.SectionsDraft;
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
 * The annual report API for staff with a token, the organisation in their scope:
 * {@code GET /api/v1/reports/annual?year=&org=<code>[&format=json|pdf|xlsx]}, the sections
 * ({@code GET|PUT …/sections}), publication ({@code POST …/publish}) and correction ({@code POST …/reopen}). A
 * published report is public through the catalog and {@code /annual-reports}.
 */
@RestController
@RequestMapping("/api/v1/reports/annual")
@Tag(name = "Annual reports", description = "The statutory annual report (政府信息公开工作年度报告) of an organisation: "
		+ "tables computed from the records, sections written by the office, publication and correction.")
@SecurityRequirement(name = "bearerAuth")
@ProblemResponses(HttpStatus.NOT_FOUND)
@PreAuthorize("hasAnyRole('ADMIN','DISCLOSURE_OFFICE','CLERK','LEADER','WINDOW','OPERATOR','SUPERVISOR','AUDITOR')")
class ReportApiController {

	private static final Set<String> FORMATS = Set.of("json", "pdf", "xlsx");

	private final AnnualReporting reports;
	private final ReportFiles files;

	ReportApiController(AnnualReporting reports, ReportFiles files) {
		this.reports = reports;
		this.files = files;
	}

	record SectionsBody(String overview, String problems, String otherMatters, Integer version) {
	}

	record SectionsResult(String overview, String problems, String otherMatters, int version, String updatedBy) {
		static SectionsResult of(ReportSections s) {
			return new SectionsResult(s.overview(), s.problems(), s.otherMatters(), s.version(), s.updatedBy());
		}
	}

	record PublicationResult(long documentId, int edition, LocalDate publishedOn, LocalDate legalDeadline,
			boolean late, String correctionReason) {
	}

	record ReasonBody(String reason) {
	}

	@Operation(summary = "Compute the annual report of an organisation for a year, as JSON, PDF or XLSX")
	@ApiResponse(responseCode = "200", description = "The report in the requested format.", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = ReportJson.class)),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = ReportFiles.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")) })
	@GetMapping
	ResponseEntity<?> report(@RequestParam int year, @RequestParam String org,
			@RequestParam(defaultValue = "json") String format) {
		if (!FORMATS.contains(format)) {
			throw RuleViolationException.onField("format", "annualreport.error.format");
		}
		AnnualReport report = reports.report(org, year);
		Locale locale = LocaleContextHolder.getLocale();
		return switch (format) {
			case "pdf" -> files.pdf(report, locale);
			case "xlsx" -> files.xlsx(report, locale);
			default -> ResponseEntity.ok(ReportJson.of(report));
		};
	}

	@Operation(summary = "Read the written sections (一, 五, 六) of a report")
	@GetMapping("/sections")
	SectionsResult sections(@RequestParam int year, @RequestParam String org) {
		return SectionsResult.of(reports.report(org, year).sections());
	}

	@Operation(summary = "Save the written sections; `version` guards against overwriting another edit")
	@ProblemResponses(HttpStatus.CONFLICT)
	@PutMapping("/sections")
	SectionsResult saveSections(@RequestParam int year, @RequestParam String org, @RequestBody SectionsBody body) {
		int version = body.version() != null ? body.version() : reports.report(org, year).sections().version();
		return SectionsResult.of(reports.saveSections(org, year,
				new SectionsDraft(body.overview(), body.problems(), body.otherMatters(), version)));
	}

	@Operation(summary = "Publish the report as a document in the catalog (refused while a check fails)")
	@CreatedWithLocation
	@ProblemResponses(HttpStatus.CONFLICT)
	@PostMapping("/publish")
	ResponseEntity<PublicationResult> publish(@RequestParam int year, @RequestParam String org) {
		PublicationResult published = result(reports.publish(org, year), reports.report(org, year));
		return ResponseEntity.created(URI.create("/api/v1/documents/" + published.documentId())).body(published);
	}

	/** 更正: reopens a published report for correction; {@code {"reason"}} is required. */
	@Operation(summary = "Reopen a published report for correction (更正), giving the reason")
	@ProblemResponses(HttpStatus.CONFLICT)
	@PostMapping("/reopen")
	PublicationResult reopen(@RequestParam int year, @RequestParam String org,
			@RequestBody(required = false) ReasonBody body) {
		return result(reports.reopen(org, year, body == null ? null : body.reason()), reports.report(org, year));
	}

	private static PublicationResult result(ReportPublication publication, AnnualReport report) {
		return new PublicationResult(publication.documentId(), publication.edition(), publication.publishedOn(),
				report.legalDeadline(), publication.late(), publication.correctionReason());
	}
}
