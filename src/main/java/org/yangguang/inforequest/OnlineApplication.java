package org.yangguang.inforequest;

/**
 * An application submitted online by the signed-in citizen. The applicant's name, identity and contact come from
 * the account's profile; an applicant acting for an organisation names it.
 *
 * @param agencyId the organisation applied to
 * @param orgName  the organisation's name when {@code applicantType} is an organisation type
 */
public record OnlineApplication(Long agencyId, ApplicantType applicantType, String orgName, String creditCode,
		String title, String docNo, String description, String purpose, DeliveryForm form, DeliveryRoute route) {
}
