package org.yangguang.inforequest.internal;

import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;

/**
 * 申请对象 (政府信息公开条例第二条、第十条、第五十四条、第五十五条): an application under the Regulation goes to an
 * administrative agency — a government, its department, a township government — or an organisation exercising
 * public functions under a law, as the organisation tree marks it. A village committee is not an agency: the
 * applicant is pointed to its 村务公开 column. Schools, hospitals and water, power and gas companies disclose under
 * their own rules (公共企事业单位信息公开): the applicant is pointed to that disclosure.
 */
public final class AddresseeRule {

	private AddresseeRule() {
	}

	public static Decision check(Organisation addressee) {
		if (addressee.acceptsApplications()) {
			return Decision.ALLOWED;
		}
		if (addressee.kind() == OrganisationKind.VILLAGE) {
			return Decision.reject("agency", "inforequest.error.addressee.village", addressee.name(),
					"/disclosure/org/" + addressee.code() + "/village-affairs");
		}
		if (addressee.kind() == OrganisationKind.INSTITUTION || addressee.kind() == OrganisationKind.ENTERPRISE) {
			return Decision.reject("agency", "inforequest.error.addressee.publicInstitution", addressee.name(),
					"/disclosure/org/" + addressee.code());
		}
		return Decision.reject("agency", "inforequest.error.addressee.notAnAgency", addressee.name());
	}
}
