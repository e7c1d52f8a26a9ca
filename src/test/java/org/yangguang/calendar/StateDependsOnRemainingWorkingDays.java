package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;

import org.junit.jupiter.api.Test;

/** On time, due soon (at most the kind's threshold of working days left), overdue (after the deadline). */
class StateDependsOnRemainingWorkingDays {

	// 2024-02-05 + 20 working days = 2024-03-08
	private final TimeLimit limit = TimeLimit.start(date("2024-02-05"), 20);

	@Test
	void beforeTheThresholdItIsOnTime() {
		Assessment assessment = limit.assess(date("2024-03-01"), CALENDAR, 3);

		assertThat(assessment.state()).isEqualTo(TimeLimitState.ON_TIME);
		assertThat(assessment.remainingWorkingDays()).isEqualTo(5);
	}

	@Test
	void atTheThresholdItIsDueSoon() {
		Assessment assessment = limit.assess(date("2024-03-05"), CALENDAR, 3);

		assertThat(assessment.state()).isEqualTo(TimeLimitState.DUE_SOON);
		assertThat(assessment.remainingWorkingDays()).isEqualTo(3);
	}

	@Test
	void theThresholdIsPerKind() {
		assertThat(limit.assess(date("2024-03-01"), CALENDAR, 5).state()).isEqualTo(TimeLimitState.DUE_SOON);
		assertThat(limit.assess(date("2024-03-07"), CALENDAR, 0).state()).isEqualTo(TimeLimitState.ON_TIME);
	}

	@Test
	void onTheDeadlineNoWorkingDayIsLeft() {
		Assessment assessment = limit.assess(date("2024-03-08"), CALENDAR, 0);

		assertThat(assessment.state()).isEqualTo(TimeLimitState.DUE_SOON);
		assertThat(assessment.remainingWorkingDays()).isZero();
	}

	@Test
	void afterTheDeadlineItIsOverdueByWorkingDays() {
		Assessment assessment = limit.assess(date("2024-03-12"), CALENDAR, 3);

		assertThat(assessment.state()).isEqualTo(TimeLimitState.OVERDUE);
		assertThat(assessment.remainingWorkingDays()).isEqualTo(-2);
	}

	@Test
	void beforeTheStartAllWorkingDaysRemain() {
		assertThat(limit.assess(date("2024-02-01"), CALENDAR, 3).remainingWorkingDays()).isEqualTo(20);
	}

	@Test
	void remainingDaysSkipTheHolidays() {
		// from 2024-02-08 the days left are 02-09, 02-18 and 02-19 onwards: 20 - 3 used
		assertThat(limit.assess(date("2024-02-08"), CALENDAR, 3).remainingWorkingDays()).isEqualTo(17);
		assertThat(limit.assess(date("2024-02-15"), CALENDAR, 3).remainingWorkingDays()).isEqualTo(16);
	}

	@Test
	void aClosedTimeLimitIsJudgedOnItsClosingDay() {
		TimeLimit closedInTime = limit.close(date("2024-03-07"), null);
		TimeLimit closedLate = limit.close(date("2024-03-11"), null);

		assertThat(closedInTime.assess(date("2024-12-31"), CALENDAR, 0).state()).isEqualTo(TimeLimitState.ON_TIME);
		assertThat(closedLate.assess(date("2024-12-31"), CALENDAR, 0).state()).isEqualTo(TimeLimitState.OVERDUE);
		assertThat(closedLate.assess(date("2024-12-31"), CALENDAR, 0).day()).isEqualTo(date("2024-03-11"));
	}
}
