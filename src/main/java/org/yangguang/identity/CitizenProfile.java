package org.yangguang.identity;

/**
 * A citizen account's applicant data: a natural person (name, ID type and number) or an organisation (name,
 * unified social credit code, organisation type, contact person). ID numbers, phone numbers and addresses are
 * personal data: show them through {@link org.yangguang.shared.Masks} unless the reader is entitled.
 */
public record CitizenProfile(ApplicantKind applicantKind, String realName, String idType, String idNumber,
		String orgName, String creditCode, String orgType, String contactName, String mobile, String email,
		String address) {

	/** 自然人 or 法人或其他组织. */
	public enum ApplicantKind {
		NATURAL_PERSON, ORGANISATION
	}

	public String displayName() {
		return applicantKind == ApplicantKind.NATURAL_PERSON ? realName : orgName;
	}
}
