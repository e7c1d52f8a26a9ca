package org.yangguang.shared;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/** Puts a rejection next to its form field (or at the top of the form). */
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

	/**
	 * A business error on a form: a rule broken goes next to its field when the form has it, otherwise next to
	 * {@code fallbackField} (or at the top when null); a step the record's state does not allow goes at the top.
	 */
	public static void reject(BindingResult errors, DomainException e, String fallbackField) {
		if (e instanceof RuleViolationException rule) {
			String field = rule.field() != null && errors.getFieldType(rule.field()) != null ? rule.field()
					: fallbackField;
			if (field != null) {
				errors.rejectValue(field, rule.messageKey(), rule.args(), rule.messageKey());
				return;
			}
		}
		errors.reject(e.messageKey(), e.args(), e.messageKey());
	}

	/**
	 * Rejects {@code field} with the message {@code code}. Works also when Spring could not construct the form
	 * record because another field was unreadable (the binding result then has no target to read the value from).
	 */
	public static void rejectField(Errors errors, String field, String code, Object... args) {
		if (errors instanceof BindingResult result && result.getTarget() == null) {
			result.addError(new FieldError(result.getObjectName(), field, null, false,
					result.resolveMessageCodes(code, field), args, null));
		}
		else {
			errors.rejectValue(field, code, args, null);
		}
	}
}
