package org.yangguang.disclosure;

import java.util.List;

import org.springframework.stereotype.Service;
import org.yangguang.disclosure.internal.Catalog;
import org.yangguang.disclosure.internal.Guides;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * 目录与指南维护 — the disclosure office (政务公开办) keeps the column tree (add, rename, retire) and the disclosure
 * guide of each organisation in its scope: its own organisation and everything under it (403 otherwise).
 */
@Service
public class CatalogMaintenance {

	private final Catalog catalog;
	private final Guides guides;
	private final Organisations organisations;
	private final Identity identity;

	CatalogMaintenance(Catalog catalog, Guides guides, Organisations organisations, Identity identity) {
		this.catalog = catalog;
		this.guides = guides;
		this.organisations = organisations;
		this.identity = identity;
	}

	/** The organisation with this code (the user's own when blank), if it is in the office's scope; 403 otherwise. */
	public Organisation maintained(String organisationCode) {
		CurrentUser user = identity.requireUser();
		Organisation organisation = organisationCode == null || organisationCode.isBlank()
				? organisations.get(user.organisationId()) : organisations.getByCode(organisationCode.strip());
		identity.requireInScope(organisation.id(), Role.DISCLOSURE_OFFICE);
		return organisation;
	}

	/** The active organisations the user may choose: their own and everything under it. */
	public List<Organisation> choices() {
		return organisations.subtree(identity.requireUser().organisationId()).stream().filter(o -> !o.retired())
			.toList();
	}

	/** Every column of the organisation, retired ones included, in display order. */
	public List<CatalogColumn> columns(long organisationId) {
		return catalog.columns(organisationId);
	}

	/** The organisation whose catalog holds the column. */
	public Organisation owner(long columnId) {
		return catalog.organisation(catalog.get(columnId).organisationId());
	}

	/** A new column at the top or under a top-level column of the same organisation. */
	public CatalogColumn add(long organisationId, Long parentId, String name, ColumnFreshness freshness,
			String description) {
		return catalog.add(organisationId, parentId, name, freshness, description);
	}

	public CatalogColumn rename(long columnId, String name, String description) {
		return catalog.rename(columnId, name, description);
	}

	/** Retires a column with the reason; refused while it holds live documents or active sub-columns. */
	public CatalogColumn retire(long columnId, String reason) {
		return catalog.retire(columnId, reason);
	}

	public Guide guide(long organisationId) {
		return guides.guide(organisationId);
	}

	public Guide updateGuide(long organisationId, String officeName, String fax, String website, String body) {
		return guides.update(organisationId, officeName, fax, website, body);
	}
}
