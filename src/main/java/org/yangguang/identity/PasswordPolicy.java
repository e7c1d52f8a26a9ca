package org.yangguang.identity;

import org.yangguang.shared.RuleViolationException;

/** 密码规则: at least 8 characters, with letters and digits, not the username. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	public static void check(String field, String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw RuleViolationException.onField(field, "identity.error.passwordTooShort", MIN_LENGTH);
		}
		if (password.length() > 128) {
			throw RuleViolationException.onField(field, "identity.error.passwordTooLong");
		}
		if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
			throw RuleViolationException.onField(field, "identity.error.passwordNeedsLettersAndDigits");
		}
		if (password.equalsIgnoreCase(username)) {
			throw RuleViolationException.onField(field, "identity.error.passwordIsUsername");
		}
	}
}
