package org.yangguang.inforequest.internal;

import org.springframework.stereotype.Component;
import org.yangguang.identity.CurrentUser;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/** The {@link Actor} of a signed-in user: their name, and for staff the organisation they act for. */
@Component
public class Actors {

	private final Organisations organisations;

	Actors(Organisations organisations) {
		this.organisations = organisations;
	}

	/** Staff by name and office; an applicant masked (the timeline is read by staff who need not know who applied). */
	public Actor of(CurrentUser user) {
		if (!user.staff()) {
			return new Actor(user.username(), org.yangguang.shared.Masks.name(user.displayName()), null);
		}
		String office = user.organisationId() == null ? null
				: organisations.find(user.organisationId()).map(Organisation::name).orElse(null);
		return new Actor(user.username(), user.displayName(), office);
	}
}
