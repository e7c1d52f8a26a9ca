package org.yangguang.inforequest.internal;

import org.yangguang.inforequest.Applicant;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.RequestedInformation;

/**
 * 申请内容 (条例第二十九条): the applicant's name, the information described by its title, document number or a
 * description that identifies it, and the form and route wanted.
 */
public final class ApplicationRule {

	static final int MAX_TEXT = 4000;
	static final int MAX_LINE = 500;

	private ApplicationRule() {
	}

	public static Decision check(NewRequest n) {
		Applicant a = n.applicant();
		if (a == null || a.type() == null) {
			return Decision.reject("applicantType", "inforequest.error.applicantTypeRequired");
		}
		if (blank(a.name())) {
			return Decision.reject(a.organisation() ? "orgName" : "applicantName",
					a.organisation() ? "inforequest.error.orgNameRequired" : "inforequest.error.applicantNameRequired");
		}
		RequestedInformation i = n.information();
		if (i == null || blank(i.title()) && blank(i.docNo()) && blank(i.description())) {
			return Decision.reject("description", "inforequest.error.informationRequired");
		}
		if (i.description() != null && i.description().length() > MAX_TEXT) {
			return Decision.reject("description", "inforequest.error.tooLong", MAX_TEXT);
		}
		if (i.title() != null && i.title().length() > MAX_LINE) {
			return Decision.reject("title", "inforequest.error.tooLong", MAX_LINE);
		}
		if (i.purpose() != null && i.purpose().length() > 1000) {
			return Decision.reject("purpose", "inforequest.error.tooLong", 1000);
		}
		if (n.delivery() == null || n.delivery().form() == null) {
			return Decision.reject("form", "inforequest.error.formRequired");
		}
		if (n.delivery().route() == null) {
			return Decision.reject("delivery", "inforequest.error.deliveryRequired");
		}
		return Decision.ALLOWED;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
