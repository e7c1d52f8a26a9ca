package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.calendar.Official.date;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/** The factory and every change validate their input; transitions that make no sense are refused. */
class TimeLimitRejectsInvalidChanges {

	private final TimeLimit limit = TimeLimit.start(date("2024-03-01"), 10);

	@Test
	void workingDaysMustBeBetweenOneAndAThousand() {
		assertRule(() -> TimeLimit.start(date("2024-03-01"), -1), "calendar.error.workingDays");
		assertRule(() -> TimeLimit.start(date("2024-03-01"), 0), "calendar.error.workingDays");
		assertRule(() -> TimeLimit.start(date("2024-03-01"), 1001), "calendar.error.workingDays");
	}

	@Test
	void extensionMustAddAtLeastOneWorkingDay() {
		assertRule(() -> limit.extend(0, date("2024-03-05"), null), "calendar.timeLimit.error.extension");
		assertRule(() -> limit.extend(-5, date("2024-03-05"), null), "calendar.timeLimit.error.extension");
	}

	@Test
	void noChangeBeforeTheStart() {
		assertRule(() -> limit.pause(date("2024-02-29"), null), "calendar.timeLimit.error.beforeStart");
		assertRule(() -> limit.extend(5, date("2024-02-29"), null), "calendar.timeLimit.error.beforeStart");
	}

	@Test
	void resumptionCannotPrecedeThePause() {
		TimeLimit paused = limit.pause(date("2024-03-05"), null);

		assertRule(() -> paused.resume(date("2024-03-04"), null), "calendar.timeLimit.error.resumeBeforePause");
	}

	@Test
	void pausesCannotOverlap() {
		TimeLimit resumed = limit.pause(date("2024-03-05"), null).resume(date("2024-03-08"), null);

		assertRule(() -> resumed.pause(date("2024-03-07"), null), "calendar.timeLimit.error.pauseOverlaps");
	}

	@Test
	void pausedTwiceOrResumedWhileRunningIsRefused() {
		TimeLimit paused = limit.pause(date("2024-03-05"), null);

		assertTransition(() -> paused.pause(date("2024-03-06"), null), "calendar.timeLimit.error.alreadyPaused");
		assertTransition(() -> limit.resume(date("2024-03-06"), null), "calendar.timeLimit.error.notPaused");
	}

	@Test
	void aClosedTimeLimitAcceptsNoChange() {
		TimeLimit closed = limit.close(date("2024-03-10"), null);

		assertTransition(() -> closed.extend(5, date("2024-03-11"), null), "calendar.timeLimit.error.closed");
		assertTransition(() -> closed.close(date("2024-03-11"), null), "calendar.timeLimit.error.closed");
	}

	@Test
	void reasonIsLimitedInLength() {
		assertRule(() -> limit.pause(date("2024-03-05"), "x".repeat(501)), "calendar.timeLimit.error.reasonTooLong");
	}

	private static void assertRule(ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOf(RuleViolationException.class)
				.extracting(ex -> ((DomainException) ex).messageKey()).isEqualTo(key);
	}

	private static void assertTransition(ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOf(IllegalTransitionException.class)
				.extracting(ex -> ((DomainException) ex).messageKey()).isEqualTo(key);
	}
}
