package org.yangguang.identity.web;

import org.yangguang.identity.CitizenProfile;
import org.yangguang.shared.Masks;

/** A citizen profile as shown on screen: ID number, phone and address masked even to the owner. */
record MaskedProfile(String applicantKind, String name, String idType, String idNumber, String creditCode,
		String contactName, String mobile, String email, String address) {

	static MaskedProfile of(CitizenProfile p) {
		return new MaskedProfile(p.applicantKind().name(), p.displayName(), p.idType(), Masks.idNumber(p.idNumber()),
				p.creditCode(), p.contactName(), Masks.phone(p.mobile()), Masks.email(p.email()),
				Masks.address(p.address()));
	}
}
