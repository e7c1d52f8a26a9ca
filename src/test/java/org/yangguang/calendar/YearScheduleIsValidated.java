package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.calendar.Official.date;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.shared.RuleViolationException;

/** An administrator's schedule is checked before it replaces the calendar of a year. */
class YearScheduleIsValidated {

	@Test
	void adjustedWorkingDayMustBeASaturdayOrSunday() {
		assertThat(keys(YearSchedule.problems(2024, "n", List.of(), List.of(date("2024-02-05")))))
				.containsExactly("calendar.error.workday.notWeekend");
	}

	@Test
	void aDayCannotBeBothHolidayAndWorkingDay() {
		assertThat(keys(YearSchedule.problems(2024, "n", List.of(date("2024-02-04")), List.of(date("2024-02-04")))))
				.containsExactly("calendar.error.workday.isHoliday");
	}

	@Test
	void datesOfAnotherYearAreRejected() {
		assertThat(keys(YearSchedule.problems(2024, "n", List.of(date("2025-01-01")), List.of(date("2023-06-03")))))
				.containsExactly("calendar.error.holiday.outsideYear", "calendar.error.workday.outsideYear");
	}

	@Test
	void noticeIsRequiredAndShort() {
		assertThat(keys(YearSchedule.problems(2024, " ", List.of(), List.of())))
				.containsExactly("calendar.error.notice.required");
		assertThat(keys(YearSchedule.problems(2024, "x".repeat(201), List.of(), List.of())))
				.containsExactly("calendar.error.notice.tooLong");
	}

	@Test
	void yearMustBeBetween1900And2100() {
		assertThatThrownBy(() -> YearSchedule.of(2101, "n", List.of(), List.of()))
				.isInstanceOf(RuleViolationException.class).hasMessageContaining("calendar.error.year");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		assertThat(YearSchedule.problems(2024, "", List.of(date("2023-01-01")), List.of(date("2024-02-05"))))
				.hasSize(3);
	}

	@Test
	void datesAreSortedAndDuplicatesDropped() {
		YearSchedule schedule = YearSchedule.of(2024, " 国办发明电〔2023〕7号 ",
				List.of(date("2024-10-02"), date("2024-10-01"), date("2024-10-02")), List.of());

		assertThat(schedule.holidays()).containsExactly(date("2024-10-01"), date("2024-10-02"));
		assertThat(schedule.notice()).isEqualTo("国办发明电〔2023〕7号");
	}

	private static List<String> keys(List<ScheduleProblem> problems) {
		return problems.stream().map(ScheduleProblem::messageKey).toList();
	}
}
