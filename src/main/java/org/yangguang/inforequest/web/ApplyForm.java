package org.yangguang.inforequest.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.validation.Errors;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.DeliveryForm;
import org.yangguang.inforequest.DeliveryRoute;
import org.yangguang.inforequest.OnlineApplication;
import org.yangguang.shared.FormErrors;

/**
 * The online application form. Spring binds and validates the fields ({@code agencyId} must be chosen);
 * {@link #read} adds the answers that depend on each other, so every problem is reported at once.
 */
record ApplyForm(String applicantType, String orgName, String creditCode,
		@NotNull(message = "{inforequest.error.agencyRequired}") Long agencyId, String title,
		String docNo, String description, String purpose, String form, String route) {

	static ApplyForm empty() {
		return new ApplyForm(ApplicantType.NATURAL_PERSON.key(), null, null, null, null, null, null, null,
				DeliveryForm.ELECTRONIC.key(), DeliveryRoute.ONLINE.key());
	}

	OnlineApplication read(Errors errors) {
		ApplicantType type = null;
		if (blank(applicantType)) {
			FormErrors.rejectField(errors, "applicantType", "inforequest.error.applicantTypeRequired");
		}
		else {
			try {
				type = ApplicantType.fromKey(applicantType);
			}
			catch (IllegalArgumentException e) {
				FormErrors.rejectField(errors, "applicantType", "inforequest.error.applicantTypeRequired");
			}
		}
		if (type != null && type != ApplicantType.NATURAL_PERSON && blank(orgName)) {
			FormErrors.rejectField(errors, "orgName", "inforequest.error.orgNameRequired");
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
		return errors.hasErrors() ? null
				: new OnlineApplication(agencyId, type, orgName, creditCode, title, docNo, description, purpose, f, r);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
