package org.yangguang.shared;

import org.springframework.validation.BindingResult;

/** Puts a business-rule rejection next to its form field (or at the top of the form). */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, RuleViolationException e) {
		if (e.field() != null && errors.getFieldType(e.field()) != null) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
		}
		else {
			errors.reject(e.messageKey(), e.args(), e.messageKey());
		}
	}
}
