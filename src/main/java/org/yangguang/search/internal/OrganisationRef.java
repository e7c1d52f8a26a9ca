package org.yangguang.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.yangguang.organisation.Organisation;

/**
 * What the index keeps about a publishing organisation besides its name: its code (the organisation filter) and
 * the organisations above it (the filter that includes subordinates).
 *
 * @param id      the organisation
 * @param code    its code
 * @param lineage the ids of the organisation and of every organisation above it
 */
public record OrganisationRef(long id, String code, List<Long> lineage) {

	public OrganisationRef {
		lineage = List.copyOf(lineage);
	}

	/** From the tree: the path ("/1/5/23/") lists the ids from the root down to the organisation itself. */
	public static OrganisationRef of(Organisation organisation) {
		List<Long> lineage = new ArrayList<>();
		for (String part : organisation.path().split("/")) {
			if (!part.isEmpty()) {
				lineage.add(Long.valueOf(part));
			}
		}
		if (!lineage.contains(organisation.id())) {
			lineage.add(organisation.id());
		}
		return new OrganisationRef(organisation.id(), organisation.code(), lineage);
	}

	/** An organisation the tree does not know: found by its own id only. */
	public static OrganisationRef unknown(long id) {
		return new OrganisationRef(id, String.valueOf(id), List.of(id));
	}
}
