package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;
import static org.yangguang.calendar.Official.deadline;

import org.junit.jupiter.api.Test;

/** Labour Day (劳动节) and National Day (国庆节) breaks, with Mid-Autumn (中秋节) where it joins them. */
class DeadlineSkipsLabourDayAndNationalDay {

	@Test
	void labourDay2024() {
		assertThat(deadline("2024-04-30", 1)).isEqualTo(date("2024-05-06"));
		assertThat(CALENDAR.kindOf(date("2024-05-11"))).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
	}

	@Test
	void labourDay2025HasTwoStatutoryDaysAndOneSundayWorked() {
		assertThat(deadline("2025-04-25", 1)).isEqualTo(date("2025-04-27"));
		assertThat(deadline("2025-04-30", 1)).isEqualTo(date("2025-05-06"));
	}

	@Test
	void labourDay2026WithSaturdayNinthWorked() {
		assertThat(deadline("2026-04-30", 5)).isEqualTo(date("2026-05-11"));
		assertThat(CALENDAR.kindOf(date("2026-05-09"))).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
	}

	@Test
	void midAutumnAndNationalDay2023FormOneEightDayBreak() {
		assertThat(deadline("2023-09-28", 1)).isEqualTo(date("2023-10-07"));
	}

	@Test
	void nationalDay2024SpansTwoAdjustedWeekendDays() {
		DeadlineExplanation explanation = CALENDAR.deadline(date("2024-09-10"), 20);

		assertThat(explanation.deadline()).isEqualTo(date("2024-10-14"));
		assertThat(explanation.adjustedWorkingDays()).containsExactly(date("2024-09-14"), date("2024-09-29"),
				date("2024-10-12"));
		assertThat(explanation.skippedHolidays()).hasSize(3 + 7);
	}

	@Test
	void nationalDay2025() {
		assertThat(deadline("2025-09-26", 1)).isEqualTo(date("2025-09-28"));
		assertThat(deadline("2025-09-30", 1)).isEqualTo(date("2025-10-09"));
	}

	@Test
	void nationalDay2026EndsWithSaturdayTenthWorked() {
		assertThat(deadline("2026-09-30", 3)).isEqualTo(date("2026-10-10"));
	}
}
