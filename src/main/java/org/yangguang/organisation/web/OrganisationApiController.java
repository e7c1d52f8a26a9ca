package org.yangguang.organisation.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public, read-only list of organisations (stable contract: {@code [{"id","code","name","kind","parentId"}]}). */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The organisation tree (government, departments, townships, villages, "
		+ "public institutions) with contact details; administrators change its structure.")
class OrganisationApiController {

	private final Organisations organisations;

	OrganisationApiController(Organisations organisations) {
		this.organisations = organisations;
	}

	@Operation(summary = "List organisations in tree order (retired ones on request)")
	@GetMapping
	List<OrganisationSummary> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
		return organisations.inTreeOrder().stream().filter(o -> includeRetired || !o.retired())
			.map(OrganisationSummary::of).toList();
	}

	@Operation(summary = "Read an organisation with its contact details")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@GetMapping("/{id}")
	OrganisationDetail one(@PathVariable long id) {
		return OrganisationDetail.of(organisations.get(id));
	}

	/** @param acceptsApplications whether applications under the 政府信息公开条例 may be made to it */
	record OrganisationSummary(long id, String code, String name, String kind, Long parentId, boolean retired,
			boolean acceptsApplications) {
		static OrganisationSummary of(Organisation o) {
			return new OrganisationSummary(o.id(), o.code(), o.name(), o.kind().key(), o.parentId(), o.retired(),
					o.acceptsApplications());
		}
	}

	record OrganisationDetail(long id, String code, String name, String kind, Long parentId, boolean retired,
			String creditCode, String address, String phone, String officeHours, String email,
			boolean acceptsApplications) {
		static OrganisationDetail of(Organisation o) {
			return new OrganisationDetail(o.id(), o.code(), o.name(), o.kind().key(), o.parentId(), o.retired(),
					o.creditCode(), o.contact().address(), o.contact().phone(), o.contact().officeHours(),
					o.contact().email(), o.acceptsApplications());
		}
	}
}
