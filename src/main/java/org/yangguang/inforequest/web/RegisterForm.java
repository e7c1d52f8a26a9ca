package org.yangguang.inforequest.web;

import java.time.LocalDate;

import org.springframework.validation.Errors;
import org.yangguang.inforequest.Applicant;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.Delivery;
import org.yangguang.inforequest.DeliveryForm;
import org.yangguang.inforequest.DeliveryRoute;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.RequestedInformation;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.ResidentIdNumber;
import org.yangguang.shared.UnifiedSocialCreditCode;

/**
 * 登记申请 — a paper, fax or oral application as staff type it in, with the legal date of receipt for its channel.
 * Spring binds the date and the agency; {@link #read} adds the answers that are missing or do not fit together.
 */
record RegisterForm(String channel, LocalDate receivedOn, Long agencyId, String applicantType, String applicantName,
		String idType, String idNumber, String creditCode, String contactName, String phone, String email,
		String address, String title, String docNo, String description, String purpose, String form, String route) {

	static RegisterForm empty(LocalDate today) {
		return new RegisterForm(Channel.IN_PERSON.key(), today, null, ApplicantType.NATURAL_PERSON.key(),
				null, "resident_id", null, null, null, null, null, null, null, null, null, null,
				DeliveryForm.PAPER.key(), DeliveryRoute.COLLECT.key());
	}

	NewRequest read(Errors errors) {
		Channel ch = Channel.fromKey(channel);
		if (ch == null || ch == Channel.ONLINE) {
			FormErrors.rejectField(errors, "channel", "inforequest.error.channelRequired");
		}
		if (receivedOn == null && !errors.hasFieldErrors("receivedOn")) {
			FormErrors.rejectField(errors, "receivedOn", "inforequest.error.receivedOnRequired."
					+ (ch == null ? Channel.IN_PERSON.key() : ch.key()));
		}
		if (agencyId == null && !errors.hasFieldErrors("agencyId")) {
			FormErrors.rejectField(errors, "agencyId", "inforequest.error.agencyRequired");
		}
		ApplicantType type = null;
		try {
			type = applicantType == null ? null : ApplicantType.fromKey(applicantType);
		}
		catch (IllegalArgumentException e) {
			type = null;
		}
		if (type == null) {
			FormErrors.rejectField(errors, "applicantType", "inforequest.error.applicantTypeRequired");
		}
		if (blank(applicantName)) {
			FormErrors.rejectField(errors, "applicantName", type != null && type != ApplicantType.NATURAL_PERSON
					? "inforequest.error.orgNameRequired" : "inforequest.error.applicantNameRequired");
		}
		boolean person = type == ApplicantType.NATURAL_PERSON;
		if (person && "resident_id".equals(idType) && !blank(idNumber) && !ResidentIdNumber.isValid(idNumber.strip())) {
			FormErrors.rejectField(errors, "idNumber", "inforequest.error.idNumberInvalid");
		}
		if (!person && !blank(creditCode) && !UnifiedSocialCreditCode.isValid(creditCode.strip())) {
			FormErrors.rejectField(errors, "creditCode", "inforequest.error.creditCodeInvalid");
		}
		if (blank(phone) && blank(address) && blank(email)) {
			FormErrors.rejectField(errors, "phone", "inforequest.error.contactRequired");
		}
		if (blank(title) && blank(docNo) && blank(description)) {
			FormErrors.rejectField(errors, "description", "inforequest.error.informationRequired");
		}
		DeliveryForm f = DeliveryForm.fromKey(form);
		if (f == null) {
			FormErrors.rejectField(errors, "form", "inforequest.error.formRequired");
		}
		DeliveryRoute r = DeliveryRoute.fromKey(route);
		if (r == null) {
			FormErrors.rejectField(errors, "route", "inforequest.error.deliveryRequired");
		}
		if (errors.hasErrors()) {
			return null;
		}
		Applicant applicant = new Applicant(type, null, applicantName.strip(), person ? trim(idType) : null,
				person ? upper(idNumber) : null, person ? null : upper(creditCode), person ? null : trim(contactName),
				trim(phone), trim(email), trim(address));
		return new NewRequest(ch, receivedOn, agencyId, applicant,
				new RequestedInformation(trim(title), trim(docNo), trim(description), trim(purpose)), new Delivery(f, r));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.strip();
	}

	private static String upper(String s) {
		return blank(s) ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
