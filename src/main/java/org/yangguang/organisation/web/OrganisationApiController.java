package org.yangguang.organisation.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/** Public, read-only list of organisations (stable contract: {@code [{"id","code","name","kind","parentId"}]}). */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

	private final Organisations organisations;

	OrganisationApiController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	List<OrganisationSummary> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
		return organisations.inTreeOrder().stream().filter(o -> includeRetired || !o.retired())
			.map(OrganisationSummary::of).toList();
	}

	@GetMapping("/{id}")
	OrganisationDetail one(@PathVariable long id) {
		return OrganisationDetail.of(organisations.get(id));
	}

	record OrganisationSummary(long id, String code, String name, String kind, Long parentId, boolean retired) {
		static OrganisationSummary of(Organisation o) {
			return new OrganisationSummary(o.id(), o.code(), o.name(), o.kind().key(), o.parentId(), o.retired());
		}
	}

	record OrganisationDetail(long id, String code, String name, String kind, Long parentId, boolean retired,
			String creditCode, String address, String phone, String officeHours, String email) {
		static OrganisationDetail of(Organisation o) {
			return new OrganisationDetail(o.id(), o.code(), o.name(), o.kind().key(), o.parentId(), o.retired(),
					o.creditCode(), o.contact().address(), o.contact().phone(), o.contact().officeHours(),
					o.contact().email());
		}
	}
}
