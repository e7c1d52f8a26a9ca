package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;

import java.time.LocalDate;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the counting rule on the official calendar, for starts from mid-2019 to 2027 (the last months run
 * into years without schedule). Each law is checked on 300 cases drawn from a seeded generator, so a failure
 * is reproducible.
 */
class DeadlineProperties {

	private static final LocalDate FIRST = LocalDate.of(2019, 6, 1);

	private static LocalDate start(int offset) {
		return FIRST.plusDays(offset);
	}

	/** 300 cases of (offset 0..3000, workingDays 1..400, a 1..100, b 1..100, pauseAfter 0..300, pauseLength 0..60). */
	static Stream<Arguments> cases() {
		Random random = new Random(20261129L);
		return IntStream.range(0, 300).mapToObj(i -> Arguments.of(random.nextInt(3001), 1 + random.nextInt(400),
				1 + random.nextInt(100), 1 + random.nextInt(100), random.nextInt(301), random.nextInt(61)));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void deadlineIsAlwaysAWorkingDay(int offset, int workingDays, int a, int b, int pauseAfter, int pauseLength) {
		LocalDate deadline = CALENDAR.deadline(start(offset), workingDays).deadline();

		assertThat(CALENDAR.isWorkingDay(deadline)).isTrue();
		assertThat(deadline).isAfter(start(offset));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void deadlineIsTheNthWorkingDayAfterTheStart(int offset, int workingDays, int a, int b, int pauseAfter, int pauseLength) {
		LocalDate deadline = CALENDAR.deadline(start(offset), workingDays).deadline();

		assertThat(CALENDAR.workingDaysBetween(start(offset).plusDays(1), deadline).workingDays())
				.isEqualTo(workingDays);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void extendingByAThenBEqualsExtendingByTheirSum(int offset, int workingDays, int a, int b, int pauseAfter, int pauseLength) {
		TimeLimit limit = TimeLimit.start(start(offset), workingDays);
		LocalDate on = start(offset);

		assertThat(limit.extend(a, on, null).extend(b, on, null).deadline(CALENDAR))
				.isEqualTo(limit.extend(a + b, on, null).deadline(CALENDAR));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void pausingForZeroDaysChangesNothing(int offset, int workingDays, int a, int b, int pauseAfter, int pauseLength) {
		TimeLimit limit = TimeLimit.start(start(offset), workingDays);
		LocalDate pauseDay = start(offset).plusDays(pauseAfter);
		DeadlineExplanation plain = limit.explain(CALENDAR);
		DeadlineExplanation paused = limit.pause(pauseDay, null).resume(pauseDay, null).explain(CALENDAR);

		assertThat(paused.deadline()).isEqualTo(plain.deadline());
		assertThat(paused.countedDays()).isEqualTo(plain.countedDays());
		assertThat(paused.pausedDays()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void deadlineIsMonotonicInTheWorkingDays(int offset, int workingDays, int a, int b, int pauseAfter, int pauseLength) {
		LocalDate shorter = CALENDAR.deadline(start(offset), workingDays).deadline();
		LocalDate longer = CALENDAR.deadline(start(offset), workingDays + 1).deadline();

		assertThat(longer).isAfter(shorter);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void aPauseNeverBringsTheDeadlineForward(int offset, int workingDays, int a, int b, int pauseAfter, int pauseLength) {
		TimeLimit limit = TimeLimit.start(start(offset), workingDays);
		LocalDate pauseDay = start(offset).plusDays(pauseAfter);
		TimeLimit paused = limit.pause(pauseDay, null).resume(pauseDay.plusDays(pauseLength), null);

		LocalDate before = limit.deadline(CALENDAR).orElseThrow();
		LocalDate after = paused.deadline(CALENDAR).orElseThrow();
		assertThat(after).isAfterOrEqualTo(before);
		int pausedDays = paused.explain(CALENDAR).pausedDays().size();
		assertThat(CALENDAR.workingDaysBetween(start(offset).plusDays(1), after).workingDays())
				.isEqualTo(workingDays + pausedDays);
	}
}
