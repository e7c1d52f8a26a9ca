package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yangguang.shared.RuleViolationException;

class PasswordPolicyTest {

	@Test
	void passwordNeedsEightCharactersWithLettersAndDigits() {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "u", "Ab1")).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("passwordTooShort");
		assertThatThrownBy(() -> PasswordPolicy.check("password", "u", "abcdefgh"))
			.hasMessageContaining("passwordNeedsLettersAndDigits");
		assertThatThrownBy(() -> PasswordPolicy.check("password", "user1234", "USER1234"))
			.hasMessageContaining("passwordIsUsername");
		assertThatCode(() -> PasswordPolicy.check("password", "clerk", "Demo@2026")).doesNotThrowAnyException();
	}

	@Test
	void violationNamesTheFormField() {
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "u", "short"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("newPassword"));
	}
}
