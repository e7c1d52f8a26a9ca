package org.yangguang.administration.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.ImportResult;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.OrganisationTreeNode;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Changes to the organisation tree through the API. Structure (create, rename, move, retire, import) is the
 * administrator's; contact details may also be kept by the disclosure office or a leader within their scope.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
@SecurityRequirement(name = "bearerAuth")
class OrganisationAdminApiController {

	private final Organisations organisations;
	private final Identity identity;

	OrganisationAdminApiController(Organisations organisations, Identity identity) {
		this.organisations = organisations;
		this.identity = identity;
	}

	record CreateRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
			@NotNull OrganisationKind kind, Long parentId, @Size(max = 18) String creditCode, String address,
			String phone, String officeHours, String email) {
	}

	record RenameRequest(@NotBlank @Size(max = 200) String name, String reason) {
	}

	record MoveRequest(@NotNull Long parentId, String reason) {
	}

	record RetireRequest(@NotBlank String reason) {
	}

	record ContactRequest(@Size(max = 300) String address, @Size(max = 60) String phone,
			@Size(max = 200) String officeHours, @Size(max = 200) String email, @Size(max = 18) String creditCode) {
	}

	/** 政府信息公开条例第二条、第十条、第五十五条: whether it takes applications under the Regulation. */
	record AcceptsApplicationsRequest(@NotNull Boolean acceptsApplications, String reason) {
	}

	@Schema(name = "OrganisationChange")
	record Summary(long id, String code, String name, String kind, Long parentId, boolean retired,
			boolean acceptsApplications) {
		static Summary of(Organisation o) {
			return new Summary(o.id(), o.code(), o.name(), o.kind().key(), o.parentId(), o.retired(),
					o.acceptsApplications());
		}
	}

	@Operation(summary = "Create an organisation (administrators)")
	@CreatedWithLocation
	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Summary> create(@Valid @RequestBody CreateRequest r) {
		Organisation created = organisations.create(new NewOrganisation(r.code().trim(), r.name().trim(), r.kind(),
				r.parentId(), r.creditCode(), new Organisation.Contact(r.address(), r.phone(), r.officeHours(), r.email()),
				0));
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(Summary.of(created));
	}

	@Operation(summary = "Rename an organisation (administrators)")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@PutMapping("/{id}/name")
	@PreAuthorize("hasRole('ADMIN')")
	Summary rename(@PathVariable long id, @Valid @RequestBody RenameRequest r) {
		return Summary.of(organisations.rename(id, r.name().trim(), r.reason()));
	}

	@Operation(summary = "Move an organisation and its subtree under another parent (administrators)")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@PostMapping("/{id}/move")
	@PreAuthorize("hasRole('ADMIN')")
	Summary move(@PathVariable long id, @Valid @RequestBody MoveRequest r) {
		return Summary.of(organisations.move(id, r.parentId(), r.reason()));
	}

	@Operation(summary = "Mark whether the organisation accepts applications under the Regulation (administrators)")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@PutMapping("/{id}/accepts-applications")
	@PreAuthorize("hasRole('ADMIN')")
	Summary acceptsApplications(@PathVariable long id, @Valid @RequestBody AcceptsApplicationsRequest r) {
		return Summary.of(organisations.setAcceptsApplications(id, r.acceptsApplications(), r.reason()));
	}

	@Operation(summary = "Retire an organisation, keeping its history (administrators)")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@PostMapping("/{id}/retire")
	@PreAuthorize("hasRole('ADMIN')")
	Summary retire(@PathVariable long id, @Valid @RequestBody RetireRequest r) {
		return Summary.of(organisations.retire(id, r.reason()));
	}

	@Operation(summary = "Change contact details (administrators, or the office or a leader in scope)")
	@ProblemResponses({ HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND })
	@PutMapping("/{id}/contact")
	Summary contact(@PathVariable long id, @Valid @RequestBody ContactRequest r) {
		organisations.get(id);
		identity.requireInScope(id, Role.ADMIN, Role.DISCLOSURE_OFFICE, Role.LEADER);
		return Summary.of(organisations.updateContact(id,
				new Organisation.Contact(r.address(), r.phone(), r.officeHours(), r.email()), r.creditCode()));
	}

	/** Imports a tree in the national division-code format under {@code parentId} (none: as a new root). */
	@Operation(summary = "Import a tree in the national division-code format, matched by code (administrators)")
	@PostMapping("/import")
	@PreAuthorize("hasRole('ADMIN')")
	ImportSummary importTree(@RequestParam(required = false) Long parentId,
			@RequestBody List<OrganisationTreeNode> roots) {
		ImportResult result = organisations.importTree(parentId, roots);
		return new ImportSummary(result.created(), result.renamed(), result.unchanged());
	}

	/** What an import changed; named apart from the register import of information requests. */
	@Schema(name = "OrganisationImportResult")
	record ImportSummary(int created, int renamed, int unchanged) {
	}
}
