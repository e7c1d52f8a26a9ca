package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.yangguang.shared.ResidentIdNumber;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.Bulletin;
import org.yangguang.disclosure.BulletinPeriod;

/**
 * 村务公开: household payments are stored in full and leave the staff pages only masked — name partly hidden,
 * ID and phone numbers with only a few digits — and the lines pasted by staff are checked line by line.
 */
class BulletinsAreMaskedForThePublic {

	@Test
	void theMaskedLineHidesNameIdAndPhone() {
		var line = new Bulletin.PaymentLine(1, "欧阳春明", "520329198001011234", "13851235678", "临时救助金",
				new BigDecimal("2000.00"), null);
		var masked = line.masked();
		assertThat(masked.householdHead()).isEqualTo("欧**明");
		assertThat(masked.idNumber()).isEqualTo("520***********1234");
		assertThat(masked.phone()).isEqualTo("138****5678");
		assertThat(masked.amountYuan()).isEqualByComparingTo("2000");
	}

	@RepeatedTest(100)
	void noFullIdOrPhoneNumberSurvivesMasking(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition() * 31L);
		String first17 = "5203291" + String.format("%010d", Math.abs(random.nextLong() % 10_000_000_000L));
		String id = first17 + ResidentIdNumber.checkCharacter(first17);
		String phone = "1" + (30 + random.nextInt(70)) + String.format("%08d", random.nextInt(100_000_000));
		Bulletin bulletin = new Bulletin(1, 1, "公开栏", BulletinPeriod.QUARTERLY, "第三季度", LocalDate.now(), null, "x",
				List.of(), List.of(new Bulletin.PaymentLine(1, "王德明", id, phone, "补贴", BigDecimal.ONE, null)));
		String everything = bulletin.masked().toString();
		assertThat(everything).doesNotContain(id, phone, "王德明");
		assertThat(everything).doesNotContainPattern("\\d{17}[\\dX]").doesNotContainPattern("1\\d{10}");
	}

	@Test
	void pastedLinesAreReadCellByCell() {
		var finances = BulletinLines.finances("收入|上级转移支付|120,000.00|村级运转\n支出\t道路维修\t28600\t");
		assertThat(finances).hasSize(2);
		assertThat(finances.get(0).income()).isTrue();
		assertThat(finances.get(0).amountYuan()).isEqualByComparingTo("120000.00");
		assertThat(finances.get(1).income()).isFalse();
		assertThat(finances.get(1).remark()).isNull();
		var payments = BulletinLines.payments("王德明|520329198001011236||耕地地力保护补贴|1286.40|");
		assertThat(payments.get(0).phone()).isNull();
	}

	@Test
	void aBadLineIsReportedWithItsNumber() {
		assertRefused(() -> BulletinLines.finances("收入|甲|1\n其他|乙|2"), "disclosure.bulletin.error.direction", 2);
		assertRefused(() -> BulletinLines.payments("王德明|520329198001011235|138|补贴|1"),
				"disclosure.bulletin.error.idNumber", 1);
		assertRefused(() -> BulletinLines.payments("王德明|520329198001011236|12ab|补贴|1"),
				"disclosure.bulletin.error.phone", 1);
		assertRefused(() -> BulletinLines.finances("支出|甲|-5"), "disclosure.bulletin.error.amount", 1);
		assertRefused(() -> BulletinLines.finances("支出|甲|1.005"), "disclosure.bulletin.error.amount", 1);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key,
			int line) {
		assertThatThrownBy(call).isInstanceOf(RuleViolationException.class).satisfies(e -> {
			assertThat(((RuleViolationException) e).messageKey()).isEqualTo(key);
			assertThat(((RuleViolationException) e).args()).containsExactly(line);
		});
	}
}
