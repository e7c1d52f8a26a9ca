package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;

import org.junit.jupiter.api.Test;

/** A year with no schedule falls back to Monday–Friday, and every result that relies on it is flagged. */
class YearWithoutScheduleIsProvisional {

	@Test
	void deadlineInAYearWithoutScheduleIsProvisional() {
		DeadlineExplanation explanation = CALENDAR.deadline(date("2030-01-31"), 1);

		assertThat(explanation.deadline()).isEqualTo(date("2030-02-01"));
		assertThat(explanation.provisional()).isTrue();
		assertThat(explanation.provisionalYears()).containsExactly(2030);
	}

	@Test
	void countingIntoAYearWithoutScheduleIsProvisional() {
		DeadlineExplanation explanation = CALENDAR.deadline(date("2026-12-25"), 10);

		assertThat(explanation.deadline()).isEqualTo(date("2027-01-08"));
		assertThat(explanation.provisionalYears()).containsExactly(2027);
	}

	@Test
	void countingWithinScheduledYearsIsNotProvisional() {
		assertThat(CALENDAR.deadline(date("2026-12-01"), 10).provisional()).isFalse();
		assertThat(CALENDAR.workingDaysBetween(date("2020-01-01"), date("2026-12-31")).provisional()).isFalse();
	}

	@Test
	void workingDayCountTouchingAnUnscheduledYearIsProvisional() {
		WorkingDayCount count = CALENDAR.workingDaysBetween(date("2026-12-28"), date("2027-01-03"));

		assertThat(count.workingDays()).isEqualTo(5);
		assertThat(count.provisional()).isTrue();
	}

	@Test
	void withoutAnyScheduleOnlyWeekendsAreSkipped() {
		WorkingDayCalendar weekdays = WorkingDayCalendar.weekdaysOnly();

		assertThat(weekdays.kindOf(date("2024-10-01"))).isEqualTo(DayKind.WORKING_DAY);
		assertThat(weekdays.isProvisional(date("2024-10-01"))).isTrue();
		assertThat(weekdays.deadline(date("2024-02-05"), 20).deadline()).isEqualTo(date("2024-03-04"));
	}
}
