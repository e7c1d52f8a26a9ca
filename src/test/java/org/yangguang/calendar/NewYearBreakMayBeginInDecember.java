package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;
import static org.yangguang.calendar.Official.deadline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.shared.RuleViolationException;

/** 2023's notice gave 2022-12-31 to 2023-01-02 off: a year's schedule may list the last days of the year before. */
class NewYearBreakMayBeginInDecember {

	@Test
	void saturdayThirtyFirstOfDecember2022IsAHolidayOf2023() {
		assertThat(CALENDAR.schedule(2023).orElseThrow().holidays()).startsWith(date("2022-12-31"));
		assertThat(CALENDAR.kindOf(date("2022-12-31"))).isEqualTo(DayKind.HOLIDAY);
		assertThat(deadline("2022-12-30", 1)).isEqualTo(date("2023-01-03"));
	}

	@Test
	void aDayListedByItsOwnYearWinsOverTheNextYear() {
		YearSchedule own = YearSchedule.of(2030, "test", List.of(), List.of(date("2030-12-28")));
		YearSchedule next = YearSchedule.of(2031, "test", List.of(date("2030-12-28")), List.of());

		assertThat(WorkingDayCalendar.of(own, next).kindOf(date("2030-12-28")))
				.isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
		assertThat(WorkingDayCalendar.of(next).kindOf(date("2030-12-28"))).isEqualTo(DayKind.HOLIDAY);
	}

	@Test
	void moreThanAWeekBeforeTheYearIsRejected() {
		assertThatThrownBy(() -> YearSchedule.of(2023, "test", List.of(date("2022-12-24")), List.of()))
				.isInstanceOf(RuleViolationException.class)
				.extracting(ex -> ((RuleViolationException) ex).messageKey())
				.isEqualTo("calendar.error.holiday.outsideYear");
	}
}
