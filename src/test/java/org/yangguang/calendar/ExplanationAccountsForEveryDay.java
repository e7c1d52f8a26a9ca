package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each day from the day after the start to the deadline appears in exactly one list of the explanation. */
class ExplanationAccountsForEveryDay {

	@Test
	void countedSkippedAndPausedDaysCoverTheWholePeriod() {
		TimeLimit limit = TimeLimit.start(date("2024-09-10"), 20).pause(date("2024-09-20"), null)
				.resume(date("2024-09-24"), null).extend(3, date("2024-09-25"), null);
		DeadlineExplanation explanation = limit.explain(CALENDAR);

		List<LocalDate> all = new ArrayList<>();
		all.addAll(explanation.countedDays());
		all.addAll(explanation.skippedWeekends());
		all.addAll(explanation.skippedHolidays());
		all.addAll(explanation.pausedDays());
		assertThat(all).containsExactlyInAnyOrderElementsOf(
				date("2024-09-11").datesUntil(explanation.deadline().plusDays(1)).toList());
		assertThat(explanation.countedDays()).hasSize(23);
		assertThat(explanation.countedDays()).containsAll(explanation.adjustedWorkingDays());
	}
}
