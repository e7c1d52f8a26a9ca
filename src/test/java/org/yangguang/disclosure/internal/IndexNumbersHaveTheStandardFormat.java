package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.shared.UnifiedSocialCreditCode;

/** 索引号 PREFIX/YYYY-NNNNN: the credit code (or the organisation code), the year, five digits. */
class IndexNumbersHaveTheStandardFormat {

	@Test
	void prefixIsTheUnifiedSocialCreditCode() {
		String credit = UnifiedSocialCreditCode.withCheck("11520329MB0000003");
		Organisation bureau = org("520329-JYJ", credit);
		assertThat(new IndexNumber(IndexNumber.prefixOf(bureau), 2026, 7)).hasToString(credit + "/2026-00007");
	}

	@Test
	void anOrganisationWithoutCreditCodeUsesItsCode() {
		assertThat(IndexNumber.prefixOf(org("520329102", null))).isEqualTo("520329102");
		assertThat(IndexNumber.prefixOf(org("520329102", " "))).isEqualTo("520329102");
	}

	@Test
	void sequenceHasFiveDigitsAndStopsAtTheLast() {
		assertThat(new IndexNumber("520329102", 2025, 1)).hasToString("520329102/2025-00001");
		assertThat(new IndexNumber("520329102", 2025, 99_999)).hasToString("520329102/2025-99999");
		assertThatThrownBy(() -> new IndexNumber("520329102", 2025, 100_000))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new IndexNumber("520329102", 2025, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new IndexNumber("a/b", 2025, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@RepeatedTest(200)
	void everyNumberReadsBackToItself(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		String first17 = "11520329MB" + String.format("%07d", random.nextInt(10_000_000));
		String prefix = random.nextBoolean() ? UnifiedSocialCreditCode.withCheck(first17)
				: "520329" + String.format("%03d", random.nextInt(1000));
		IndexNumber number = new IndexNumber(prefix, 2000 + random.nextInt(100), 1 + random.nextInt(99_999));
		String text = number.toString();
		assertThat(text).matches("[0-9A-Z]{9,18}/\\d{4}-\\d{5}");
		assertThat(IndexNumber.isWellFormed(text)).isTrue();
		assertThat(IndexNumber.parse(text)).isEqualTo(number);
	}

	@Test
	void malformedNumbersAreRecognised() {
		assertThat(IndexNumber.isWellFormed("520329/2025-1")).isFalse();
		assertThat(IndexNumber.isWellFormed("520329/25-00001")).isFalse();
		assertThat(IndexNumber.isWellFormed("2025-00001")).isFalse();
		assertThat(IndexNumber.isWellFormed(null)).isFalse();
	}

	private static Organisation org(String code, String credit) {
		return new Organisation(1, code, "机构", OrganisationKind.DEPARTMENT, null, "/1/", credit,
				Organisation.Contact.NONE, 0, (Instant) null, null);
	}
}
