package org.yangguang.disclosure.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.yangguang.disclosure.ListsDesk;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;

/**
 * Who keeps the structured lists of an organisation: the leader (分管领导) or the disclosure office (政务公开办)
 * whose data scope covers it — the lists are public as soon as they are saved. Village bulletins belong to
 * villages only.
 */
@Component
public class ListKeepers {

	private static final Role[] KEEPERS = { Role.LEADER, Role.DISCLOSURE_OFFICE };

	private final PowerList powers;
	private final FeeCatalog fees;
	private final VillageBulletins bulletins;
	private final Organisations organisations;
	private final Identity identity;

	ListKeepers(PowerList powers, FeeCatalog fees, VillageBulletins bulletins, Organisations organisations,
			Identity identity) {
		this.powers = powers;
		this.fees = fees;
		this.bulletins = bulletins;
		this.organisations = organisations;
		this.identity = identity;
	}

	/** The organisation with this code (the user's own when blank), if the user keeps its lists; else 403. */
	public Organisation kept(String code) {
		CurrentUser user = identity.requireUser();
		Organisation org = code == null || code.isBlank() ? organisations.get(user.organisationId())
				: organisations.getByCode(code.strip());
		identity.requireInScope(org.id(), KEEPERS);
		return org;
	}

	public ListsDesk desk(Organisation org) {
		boolean village = org.kind() == OrganisationKind.VILLAGE;
		List<Organisation> choices = organisations.subtree(identity.requireUser().organisationId()).stream()
			.filter(o -> !o.retired()).toList();
		return new ListsDesk(org, choices, village, powers.entries(org.id(), true), powers.entries(org.id(), false),
				fees.items(org.id(), false), village ? bulletins.published(org.id()) : List.of());
	}
}
