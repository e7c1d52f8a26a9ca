package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;
import static org.yangguang.calendar.Official.deadline;

import org.junit.jupiter.api.Test;

/** Spring Festival (春节) breaks with their adjusted working days, several years. */
class DeadlineSkipsSpringFestival {

	@Test
	void twentyWorkingDaysFromFifthOfFebruary2024EndOnEighthOfMarch() {
		DeadlineExplanation explanation = CALENDAR.deadline(date("2024-02-05"), 20);

		assertThat(explanation.deadline()).isEqualTo(date("2024-03-08"));
		assertThat(explanation.provisional()).isFalse();
		assertThat(explanation.skippedHolidays()).containsExactly(date("2024-02-10"), date("2024-02-11"),
				date("2024-02-12"), date("2024-02-13"), date("2024-02-14"), date("2024-02-15"), date("2024-02-16"),
				date("2024-02-17"));
		assertThat(explanation.adjustedWorkingDays()).containsExactly(date("2024-02-18"));
		assertThat(explanation.countedDays()).hasSize(20).startsWith(date("2024-02-06")).endsWith(date("2024-03-08"));
	}

	@Test
	void newYearsEve2024WasAnOrdinaryWorkingDay() {
		assertThat(CALENDAR.kindOf(date("2024-02-09"))).isEqualTo(DayKind.WORKING_DAY);
		assertThat(CALENDAR.kindOf(date("2024-02-04"))).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
	}

	@Test
	void twoAdjustedWeekendDaysBefore2022Break() {
		// Fri 28 Jan, Sat 29 and Sun 30 Jan worked, 31 Jan to 6 Feb off
		assertThat(deadline("2022-01-27", 3)).isEqualTo(date("2022-01-30"));
		assertThat(deadline("2022-01-27", 5)).isEqualTo(date("2022-02-08"));
	}

	@Test
	void break2020WasExtendedToSecondOfFebruary() {
		// 国办发明电〔2020〕1号: Saturday 1 February was no longer a working day
		assertThat(CALENDAR.kindOf(date("2020-02-01"))).isEqualTo(DayKind.HOLIDAY);
		assertThat(deadline("2020-01-23", 1)).isEqualTo(date("2020-02-03"));
	}

	@Test
	void break2025BeganOnNewYearsEve() {
		assertThat(CALENDAR.kindOf(date("2025-01-28"))).isEqualTo(DayKind.HOLIDAY);
		assertThat(deadline("2025-01-24", 5)).isEqualTo(date("2025-02-07"));
	}

	@Test
	void nineDayBreak2026WithTwoSaturdaysWorked() {
		assertThat(CALENDAR.kindOf(date("2026-02-14"))).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
		assertThat(CALENDAR.kindOf(date("2026-02-28"))).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
		assertThat(deadline("2026-02-10", 15)).isEqualTo(date("2026-03-09"));
	}

	@Test
	void break2021() {
		assertThat(deadline("2021-02-08", 10)).isEqualTo(date("2021-02-26"));
	}
}
