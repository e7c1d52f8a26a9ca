package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 信息处理费 (政府信息公开信息处理费管理办法): per application by the applicant's count in the calendar month, per page
 * progressively by parts.
 */
class ProcessingFeeFollowsTheNationalStandard {

	@ParameterizedTest(name = "application number {0} of the month costs {1} yuan")
	@CsvSource({ "1,0", "5,0", "10,0", "11,100", "20,100", "30,100", "31,200", "35,200", "40,200", "41,300",
			"50,300", "51,400", "60,400", "61,500", "100,800", "101,900" })
	void perApplicationTiers(int nth, int yuan) {
		assertThat(ProcessingFee.perApplication(nth)).isEqualByComparingTo(BigDecimal.valueOf(yuan));
	}

	@ParameterizedTest(name = "{0} pages cost {1} yuan")
	@CsvSource({ "0,0", "1,0", "30,0", "31,10", "50,200", "100,700", "101,720", "150,1700", "200,2700", "201,2740",
			"250,4700", "1000,34700" })
	void perPageIsChargedPartByPart(int pages, int yuan) {
		assertThat(ProcessingFee.perPage(pages)).isEqualByComparingTo(BigDecimal.valueOf(yuan));
	}

	/** Each further page costs exactly the rate of the part it falls in: 0, 10, 20 or 40 yuan. */
	@RepeatedTest(25)
	void eachFurtherPageCostsTheRateOfItsPart() {
		Random random = new Random(7919L + counter++);
		for (int i = 0; i < 40; i++) {
			int pages = random.nextInt(2000);
			int rate = pages < 30 ? 0 : pages < 100 ? 10 : pages < 200 ? 20 : 40;
			assertThat(ProcessingFee.perPage(pages + 1).subtract(ProcessingFee.perPage(pages)))
				.as("page %d", pages + 1).isEqualByComparingTo(BigDecimal.valueOf(rate));
		}
	}

	private static int counter;

	/** The per-application fee never falls as the month goes on, and rises by exactly 100 at each block. */
	@RepeatedTest(10)
	void perApplicationFeeRisesByAHundredEveryTenFromTheThirtyFirst() {
		Random random = new Random(104_729L + counter++);
		for (int i = 0; i < 50; i++) {
			int nth = 1 + random.nextInt(500);
			BigDecimal here = ProcessingFee.perApplication(nth);
			BigDecimal next = ProcessingFee.perApplication(nth + 1);
			assertThat(next).isGreaterThanOrEqualTo(here);
			boolean stepExpected = nth == 10 || nth >= 30 && nth % 10 == 0;
			assertThat(next.subtract(here)).as("from %d to %d", nth, nth + 1)
				.isEqualByComparingTo(BigDecimal.valueOf(stepExpected ? 100 : 0));
		}
	}

	@Test
	void countsStartAtTheFirstApplicationAndPagesCannotBeNegative() {
		assertThatThrownBy(() -> ProcessingFee.perApplication(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ProcessingFee.perPage(-1)).isInstanceOf(IllegalArgumentException.class);
	}
}
