package org.yangguang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Masking (脱敏) and the check digits of national identifiers. */
class PersonalDataRulesTest {

	@Test
	void idNumberKeepsOnlyFirstThreeAndLastFour() {
		assertThat(Masks.idNumber("520329199003151237")).isEqualTo("520***********1237");
	}

	@Test
	void mobileKeepsFirstThreeAndLastFour() {
		assertThat(Masks.phone("13885212345")).isEqualTo("138****2345");
		assertThat(Masks.phone("0851-26221000")).isEqualTo("085********00");
	}

	@Test
	void namesKeepFirstCharacterAndForLongNamesTheLast() {
		assertThat(Masks.name("张伟")).isEqualTo("张*");
		assertThat(Masks.name("欧阳明月")).isEqualTo("欧**月");
		assertThat(Masks.name("李")).isEqualTo("李");
	}

	@Test
	void addressKeepsTheAreaAndHidesTheRest() {
		assertThat(Masks.address("贵州省遵义市余庆县白泥镇满溪村三组12号")).isEqualTo("贵州省遵义市****");
		assertThat(Masks.email("zhangwei@example.cn")).isEqualTo("z***@example.cn");
		assertThat(Masks.idNumber(null)).isNull();
	}

	@Test
	void residentIdNumberChecksumIsVerified() {
		assertThat(ResidentIdNumber.isValid("520329199003151237")).isTrue();
		assertThat(ResidentIdNumber.isValid("52032919851122002X")).isTrue();
		assertThat(ResidentIdNumber.isValid("52032919851122002x")).isTrue();
		assertThat(ResidentIdNumber.isValid("520329199003151234")).isFalse();
		assertThat(ResidentIdNumber.isValid("5203291990031512")).isFalse();
	}

	@Test
	void unifiedSocialCreditCodeChecksumIsVerified() {
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
		String made = UnifiedSocialCreditCode.withCheck("11520329MB0000001");
		assertThat(UnifiedSocialCreditCode.isValid(made)).isTrue();
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("9135010OM000100Y43")).isFalse();
	}
}
