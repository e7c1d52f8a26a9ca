package org.yangguang.disclosure.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;

/** The organisations as the portal lists them (母站、子站): active ones, grouped by kind, in tree order. */
@Component
class OrganisationDirectory {

	/** The portal's groups of sub-sites. */
	record Groups(List<Organisation> governments, List<Organisation> departments, List<Organisation> townships,
			List<Organisation> institutions) {

		public List<Organisation> all() {
			return java.util.stream.Stream.of(governments, departments, townships, institutions)
				.flatMap(List::stream).toList();
		}
	}

	private final Organisations organisations;

	OrganisationDirectory(Organisations organisations) {
		this.organisations = organisations;
	}

	Groups groups() {
		List<Organisation> active = organisations.inTreeOrder().stream().filter(o -> !o.retired()).toList();
		return new Groups(of(active, OrganisationKind.GOVERNMENT), of(active, OrganisationKind.DEPARTMENT),
				of(active, OrganisationKind.TOWNSHIP),
				active.stream().filter(o -> o.kind() == OrganisationKind.INSTITUTION
						|| o.kind() == OrganisationKind.ENTERPRISE).toList());
	}

	/** The top government (the parent site, 母站). */
	Organisation root() {
		return organisations.inTreeOrder().stream().filter(o -> o.parentId() == null && !o.retired()).findFirst()
			.orElseThrow(() -> new NotFoundException("organisation.error.codeNotFound", "-"));
	}

	Organisation byCode(String code) {
		Organisation org = organisations.getByCode(code);
		if (org.retired()) {
			throw new NotFoundException("organisation.error.codeNotFound", code);
		}
		return org;
	}

	List<Organisation> children(Organisation parent) {
		return organisations.inTreeOrder().stream().filter(o -> !o.retired() && parent.id() == nz(o.parentId()))
			.toList();
	}

	/** The organisation and its ancestors, root first (for breadcrumbs). */
	List<Organisation> lineage(Organisation org) {
		Map<Long, Organisation> byId = byId();
		java.util.LinkedList<Organisation> chain = new java.util.LinkedList<>();
		Organisation current = org;
		while (current != null) {
			chain.addFirst(current);
			current = current.parentId() == null ? null : byId.get(current.parentId());
		}
		return chain;
	}

	Map<Long, Organisation> byId() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}

	private static long nz(Long id) {
		return id == null ? -1 : id;
	}

	private static List<Organisation> of(List<Organisation> all, OrganisationKind kind) {
		return all.stream().filter(o -> o.kind() == kind).toList();
	}
}
