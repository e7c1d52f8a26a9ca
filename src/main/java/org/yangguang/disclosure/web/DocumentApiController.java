package org.yangguang.disclosure.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yangguang.disclosure.internal.Catalog;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.CatalogFilter;
import org.yangguang.disclosure.internal.DocumentAttachments;
import org.yangguang.disclosure.DocumentPage;
import org.yangguang.disclosure.internal.DocumentQueries;
import org.yangguang.disclosure.internal.DocumentReader;
import org.yangguang.disclosure.DocumentSummary;
import org.yangguang.disclosure.internal.DocumentWorkflow;
import org.yangguang.disclosure.internal.PublicationChanges;
import org.yangguang.disclosure.ResultPage;
import org.yangguang.disclosure.ReviewDecision;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;
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
 * 主动公开 API (stable contract, see issue 4): public reads of published documents, and the staff's workflow with a
 * bearer token. Acting out of role or scope is 403, an illegal transition 409, a bad input 400 (problem+json).
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Disclosure documents", description = "主动公开: published documents for everyone; drafting, review, "
		+ "publication, amendment, withdrawal and repeal for staff of the issuing organisation.")
class DocumentApiController {

	private static final String STAFF = "hasAnyRole('CLERK', 'LEADER', 'DISCLOSURE_OFFICE')";

	private final DocumentQueries queries;
	private final DocumentReader reader;
	private final DocumentWorkflow workflow;
	private final PublicationChanges changes;
	private final DocumentAttachments attachments;
	private final Catalog catalog;
	private final Organisations organisations;

	DocumentApiController(DocumentQueries queries, DocumentReader reader, DocumentWorkflow workflow,
			PublicationChanges changes,
			DocumentAttachments attachments, Catalog catalog, Organisations organisations) {
		this.queries = queries;
		this.reader = reader;
		this.workflow = workflow;
		this.changes = changes;
		this.attachments = attachments;
		this.catalog = catalog;
		this.organisations = organisations;
	}

	/** Published documents, newest first; {@code org} is an organisation code, {@code column} a column name. */
	@Operation(summary = "List published documents, newest first, optionally of one organisation and column")
	@GetMapping
	DocumentJson.ListPage list(@RequestParam(required = false) String org,
			@RequestParam(required = false) String column, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		CatalogFilter filter = CatalogFilter.ALL;
		if (org != null && !org.isBlank()) {
			Organisation organisation = organisations.findByCode(org.strip())
				.orElseThrow(() -> RuleViolationException.onField("org", "disclosure.error.orgUnknown", org.strip()));
			filter = CatalogFilter.of(List.of(organisation.id()));
			if (column != null && !column.isBlank()) {
				CatalogColumn found = catalog.columns(organisation.id()).stream()
					.filter(c -> c.name().equals(column.strip())).findFirst()
					.orElseThrow(() -> RuleViolationException.onField("column", "disclosure.error.columnUnknown",
							column.strip()));
				filter = filter.column(found.id());
			}
		}
		else if (column != null && !column.isBlank()) {
			filter = filter.columnNamed(column.strip());
		}
		ResultPage<DocumentSummary> result = queries.published(filter, ResultPage.safePage(page),
				ResultPage.safeSize(size, 20));
		Map<Long, Organisation> byId = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		return new DocumentJson.ListPage(result.total(), result.page(), result.size(),
				result.items().stream().map(s -> DocumentJson.Item.of(s, byId)).toList());
	}

	/** A published document; staff in scope also see documents in preparation (their working version). */
	@Operation(summary = "Read a published document with its metadata, versions and hashes")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@GetMapping("/{id}")
	DocumentJson.Detail one(@PathVariable long id) {
		return detail(id, null);
	}

	@Operation(summary = "Read one version of a document")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@GetMapping("/{id}/versions/{version}")
	DocumentJson.Detail version(@PathVariable long id, @PathVariable int version) {
		return detail(id, version);
	}

	private DocumentJson.Detail detail(long id, Integer version) {
		var document = reader.document(id);
		boolean staff = reader.coversForStaff(document.organisationId());
		DocumentPage page;
		if (staff) {
			page = reader.staffPage(id, version);
		}
		else {
			if (!document.status().isPublic()) {
				throw new NotFoundException("disclosure.error.documentNotFound", id);
			}
			page = reader.publicPage(id, version);
		}
		List<VersionRow> versions = staff ? reader.allVersions(id) : page.versions();
		return DocumentJson.Detail.of(page, versions);
	}

	@Operation(summary = "Create a draft in the author's organisation")
	@CreatedWithLocation
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping
	@PreAuthorize(STAFF)
	ResponseEntity<Map<String, Long>> create(@Valid @RequestBody DocumentRequest request) {
		long id = workflow.create(request.content());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(Map.of("id", id));
	}

	@Operation(summary = "Change a draft or a returned document")
	@ProblemResponses({ HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@SecurityRequirement(name = "bearerAuth")
	@PutMapping("/{id}")
	@PreAuthorize(STAFF)
	DocumentJson.Detail update(@PathVariable long id, @Valid @RequestBody DocumentRequest request) {
		workflow.update(id, request.content());
		return detail(id, null);
	}

	@Operation(summary = "Submit a draft for review")
	@ProblemResponses({ HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/{id}/submit")
	@PreAuthorize(STAFF)
	DocumentJson.Detail submit(@PathVariable long id) {
		workflow.submit(id);
		return detail(id, null);
	}

	record ReviewRequest(String decision, String comment, Boolean confidentialityChecked, Boolean accuracyChecked) {
	}

	@Operation(summary = "Approve or return a submitted document (not by its author)")
	@ProblemResponses({ HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/{id}/review")
	@PreAuthorize(STAFF)
	DocumentJson.Detail review(@PathVariable long id, @RequestBody ReviewRequest request) {
		workflow.review(id, ReviewDecision.of(request.decision(), request.comment(), request.confidentialityChecked(),
				request.accuracyChecked()));
		return detail(id, null);
	}

	@Operation(summary = "Publish an approved document")
	@ProblemResponses({ HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/{id}/publish")
	@PreAuthorize(STAFF)
	DocumentJson.Detail publish(@PathVariable long id) {
		workflow.publish(id);
		return detail(id, null);
	}

	record ReasonRequest(String reason) {
	}

	@Operation(summary = "Withdraw a published document, giving the reason")
	@ProblemResponses({ HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/{id}/withdraw")
	@PreAuthorize(STAFF)
	DocumentJson.Detail withdraw(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
		changes.withdraw(id, request == null ? null : request.reason());
		return detail(id, null);
	}

	record RepealRequest(String reason, LocalDate repealedOn) {
	}

	@Operation(summary = "Mark a published document as repealed")
	@ProblemResponses({ HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/{id}/repeal")
	@PreAuthorize(STAFF)
	DocumentJson.Detail repeal(@PathVariable long id, @RequestBody(required = false) RepealRequest request) {
		changes.repeal(id, request == null ? null : request.repealedOn(), request == null ? null : request.reason());
		return detail(id, null);
	}

	record ValidUntilRequest(LocalDate validUntil) {
	}

	@Operation(summary = "Set the date until which a published document is valid (有效期; null: until repealed)")
	@ProblemResponses({ HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@SecurityRequirement(name = "bearerAuth")
	@PutMapping("/{id}/valid-until")
	@PreAuthorize(STAFF)
	DocumentJson.Detail validUntil(@PathVariable long id, @RequestBody ValidUntilRequest request) {
		changes.setValidUntil(id, request == null ? null : request.validUntil());
		return detail(id, null);
	}

	record AmendRequest(String changeNote) {
	}

	@Operation(summary = "Start an amendment: a new working version of a published document")
	@ProblemResponses({ HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/{id}/amend")
	@PreAuthorize(STAFF)
	DocumentJson.Detail amend(@PathVariable long id, @RequestBody(required = false) AmendRequest request) {
		changes.amend(id, request == null ? null : request.changeNote());
		return detail(id, null);
	}

	@Operation(summary = "Attach a file (PDF, Office document or image; type checked by content) to a document")
	@CreatedWithLocation
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(STAFF)
	ResponseEntity<DocumentJson.Attachment> upload(@PathVariable long id,
			@RequestPart(name = "file", required = false) MultipartFile file) throws java.io.IOException {
		if (file == null) {
			throw RuleViolationException.onField("file", "disclosure.attachment.error.empty");
		}
		var added = attachments.add(id, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/attachments/" + added.id()))
			.body(DocumentJson.Attachment.of(id, added));
	}

	@Operation(summary = "Remove an attachment from a document in preparation")
	@ApiResponse(responseCode = "204", description = "The attachment is removed.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@SecurityRequirement(name = "bearerAuth")
	@DeleteMapping("/{id}/attachments/{attachmentId}")
	@PreAuthorize(STAFF)
	void removeAttachment(@PathVariable long id, @PathVariable long attachmentId) {
		attachments.remove(id, attachmentId);
	}

	@Operation(summary = "Download an attachment (its own media type; the SHA-256 in `X-Content-SHA256` and the ETag)")
	@ApiResponse(responseCode = "200", description = "The file as stored, in its own type: PDF, Office or image.",
			content = { @Content(mediaType = "application/*", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary")) })
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return Downloads.attachment(attachments.download(id, attachmentId));
	}
}
