package org.yangguang.inforequest;

import org.yangguang.shared.Masks;

/**
 * 申请人 — who applied, as written on the application (条例第二十九条: name, proof of identity, contact). Personal
 * data: shown through {@link #masked()} unless the reader handles the case and asks to see it (audited).
 *
 * @param type        natural person or the kind of organisation (the column of table 三)
 * @param accountId   the citizen account that applied online; null for applications registered by staff
 * @param name        the person's name, or the organisation's name
 * @param idType      type of identity document of a natural person ({@code resident_id}, {@code passport}…)
 * @param idNumber    its number; null for organisations
 * @param creditCode  统一社会信用代码 of an organisation
 * @param contactName the organisation's contact person
 * @param phone       contact phone
 * @param email       e-mail, may be null
 * @param address     postal address, may be null
 */
public record Applicant(ApplicantType type, Long accountId, String name, String idType, String idNumber,
		String creditCode, String contactName, String phone, String email, String address) {

	public boolean organisation() {
		return type != ApplicantType.NATURAL_PERSON;
	}

	/**
	 * Identifies the same applicant across applications (for the per-month fee count): the account, else the
	 * credit code or identity number, else name and phone.
	 */
	public String key() {
		if (accountId != null) {
			return "account:" + accountId;
		}
		if (creditCode != null && !creditCode.isBlank()) {
			return "org:" + creditCode.strip().toUpperCase(java.util.Locale.ROOT);
		}
		if (idNumber != null && !idNumber.isBlank()) {
			return "id:" + idNumber.strip().toUpperCase(java.util.Locale.ROOT);
		}
		return "name:" + (name == null ? "" : name.strip()) + "/" + (phone == null ? "" : phone.strip());
	}

	/** The same applicant with personal data masked, for lists, public pages and exports. */
	public Applicant masked() {
		return new Applicant(type, accountId, organisation() ? name : Masks.name(name), idType,
				Masks.idNumber(idNumber), creditCode, Masks.name(contactName), Masks.phone(phone), Masks.email(email),
				Masks.address(address));
	}
}
