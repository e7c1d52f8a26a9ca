package org.yangguang.shared;

/**
 * The input is well-formed but a business rule rejects it (HTTP 400 in the API, a form error on pages). When the
 * rule concerns one form field, {@link #field()} names it so the page can show the message next to that field.
 */
public class RuleViolationException extends DomainException {

	private final String field;

	public RuleViolationException(String messageKey, Object... args) {
		this(null, messageKey, args);
	}

	private RuleViolationException(String field, String messageKey, Object... args) {
		super(messageKey, args);
		this.field = field;
	}

	public static RuleViolationException onField(String field, String messageKey, Object... args) {
		return new RuleViolationException(field, messageKey, args);
	}

	/** The form field the rule concerns, or null. */
	public String field() {
		return field;
	}
}
