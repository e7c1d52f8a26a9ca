package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;

import org.junit.jupiter.api.Test;

/** A pause on X resumed on Y leaves out the working days in (X, Y]. */
class PauseLeavesOutTheDaysUntilResumption {

	private final TimeLimit tenDays = TimeLimit.start(date("2024-03-01"), 10);

	@Test
	void withoutPauseTenWorkingDaysEndOnFifteenthOfMarch() {
		assertThat(tenDays.deadline(CALENDAR)).contains(date("2024-03-15"));
	}

	@Test
	void pauseOnTuesdayResumedOnThursdayLeavesOutWednesdayAndThursday() {
		TimeLimit paused = tenDays.pause(date("2024-03-05"), "补正").resume(date("2024-03-07"), null);
		DeadlineExplanation explanation = paused.explain(CALENDAR);

		assertThat(explanation.pausedDays()).containsExactly(date("2024-03-06"), date("2024-03-07"));
		assertThat(explanation.countedDays()).contains(date("2024-03-05")).doesNotContain(date("2024-03-06"));
		assertThat(explanation.deadline()).isEqualTo(date("2024-03-19"));
	}

	@Test
	void pauseResumedTheSameDayChangesNothing() {
		TimeLimit paused = tenDays.pause(date("2024-03-05"), null).resume(date("2024-03-05"), null);

		assertThat(paused.deadline(CALENDAR)).isEqualTo(tenDays.deadline(CALENDAR));
	}

	@Test
	void weekendsAndHolidaysInsideAPauseAreSkippedNotPaused() {
		TimeLimit limit = TimeLimit.start(date("2024-09-27"), 5).pause(date("2024-09-30"), null)
				.resume(date("2024-10-08"), null);
		DeadlineExplanation explanation = limit.explain(CALENDAR);

		assertThat(explanation.pausedDays()).containsExactly(date("2024-10-08"));
		assertThat(explanation.skippedHolidays()).hasSize(7);
		// counted: 9-29 (adjusted Sunday), 9-30, 10-09, 10-10, 10-11
		assertThat(explanation.deadline()).isEqualTo(date("2024-10-11"));
	}

	@Test
	void whilePausedThereIsNoDeadlineAndTheRemainingDaysAreFrozen() {
		TimeLimit paused = tenDays.pause(date("2024-03-05"), "征求第三方意见");

		assertThat(paused.deadline(CALENDAR)).isEmpty();
		Assessment later = paused.assess(date("2024-04-30"), CALENDAR, 3);
		assertThat(later.state()).isEqualTo(TimeLimitState.PAUSED);
		assertThat(later.remainingWorkingDays()).isEqualTo(8);
		assertThat(paused.assess(date("2024-03-04"), CALENDAR, 3).state()).isEqualTo(TimeLimitState.ON_TIME);
	}

	@Test
	void twoPausesAddUp() {
		TimeLimit limit = tenDays.pause(date("2024-03-05"), null).resume(date("2024-03-06"), null)
				.pause(date("2024-03-12"), null).resume(date("2024-03-14"), null);

		assertThat(limit.explain(CALENDAR).pausedDays()).containsExactly(date("2024-03-06"), date("2024-03-13"),
				date("2024-03-14"));
		assertThat(limit.deadline(CALENDAR)).contains(date("2024-03-20"));
	}

	@Test
	void pauseOnOrAfterTheDeadlineDoesNotMoveIt() {
		TimeLimit limit = tenDays.pause(date("2024-03-15"), null).resume(date("2024-03-20"), null);

		assertThat(limit.deadline(CALENDAR)).contains(date("2024-03-15"));
	}
}
