package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;
import static org.yangguang.calendar.Official.deadline;

import org.junit.jupiter.api.Test;

/** Counting begins the day after the day of receipt; the deadline is the N-th working day. */
class StartDayIsNotCounted {

	@Test
	void oneWorkingDayFromMondayIsTuesday() {
		assertThat(deadline("2024-03-04", 1)).isEqualTo(date("2024-03-05"));
	}

	@Test
	void oneWorkingDayFromFridayIsMonday() {
		DeadlineExplanation explanation = CALENDAR.deadline(date("2024-03-08"), 1);

		assertThat(explanation.deadline()).isEqualTo(date("2024-03-11"));
		assertThat(explanation.skippedWeekends()).containsExactly(date("2024-03-09"), date("2024-03-10"));
	}

	@Test
	void receiptOnAHolidayCountsFromTheFirstWorkingDayAfterIt() {
		assertThat(deadline("2024-10-01", 1)).isEqualTo(date("2024-10-08"));
	}

	@Test
	void receiptOnSaturdayCountsFromMonday() {
		assertThat(deadline("2024-03-09", 5)).isEqualTo(date("2024-03-15"));
	}

	@Test
	void anAdjustedSundayIsCountedLikeAnyWorkingDay() {
		assertThat(deadline("2024-02-02", 1)).isEqualTo(date("2024-02-04"));
		assertThat(deadline("2025-12-31", 1)).isEqualTo(date("2026-01-04"));
	}
}
