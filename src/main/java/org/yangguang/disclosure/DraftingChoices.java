package org.yangguang.disclosure;

import java.util.List;

import org.yangguang.organisation.Organisation;

/** What the draft form of an organisation offers: the organisation and its catalog columns. */
public record DraftingChoices(Organisation organisation, List<CatalogColumn> columns) {
}
