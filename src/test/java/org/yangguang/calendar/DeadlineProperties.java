package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the counting rule on the official calendar, for starts from mid-2019 to 2027 (the last months run
 * into years without schedule).
 */
class DeadlineProperties {

	private static final LocalDate FIRST = LocalDate.of(2019, 6, 1);

	private static LocalDate start(int offset) {
		return FIRST.plusDays(offset);
	}

	@Property
	void deadlineIsAlwaysAWorkingDay(@ForAll @IntRange(max = 3000) int offset,
			@ForAll @IntRange(min = 1, max = 400) int workingDays) {
		LocalDate deadline = CALENDAR.deadline(start(offset), workingDays).deadline();

		assertThat(CALENDAR.isWorkingDay(deadline)).isTrue();
		assertThat(deadline).isAfter(start(offset));
	}

	@Property
	void deadlineIsTheNthWorkingDayAfterTheStart(@ForAll @IntRange(max = 3000) int offset,
			@ForAll @IntRange(min = 1, max = 400) int workingDays) {
		LocalDate deadline = CALENDAR.deadline(start(offset), workingDays).deadline();

		assertThat(CALENDAR.workingDaysBetween(start(offset).plusDays(1), deadline).workingDays())
				.isEqualTo(workingDays);
	}

	@Property
	void extendingByAThenBEqualsExtendingByTheirSum(@ForAll @IntRange(max = 3000) int offset,
			@ForAll @IntRange(min = 1, max = 200) int workingDays, @ForAll @IntRange(min = 1, max = 100) int a,
			@ForAll @IntRange(min = 1, max = 100) int b) {
		TimeLimit limit = TimeLimit.start(start(offset), workingDays);
		LocalDate on = start(offset);

		assertThat(limit.extend(a, on, null).extend(b, on, null).deadline(CALENDAR))
				.isEqualTo(limit.extend(a + b, on, null).deadline(CALENDAR));
	}

	@Property
	void pausingForZeroDaysChangesNothing(@ForAll @IntRange(max = 3000) int offset,
			@ForAll @IntRange(min = 1, max = 200) int workingDays, @ForAll @IntRange(max = 300) int pauseAfter) {
		TimeLimit limit = TimeLimit.start(start(offset), workingDays);
		LocalDate pauseDay = start(offset).plusDays(pauseAfter);
		DeadlineExplanation plain = limit.explain(CALENDAR);
		DeadlineExplanation paused = limit.pause(pauseDay, null).resume(pauseDay, null).explain(CALENDAR);

		assertThat(paused.deadline()).isEqualTo(plain.deadline());
		assertThat(paused.countedDays()).isEqualTo(plain.countedDays());
		assertThat(paused.pausedDays()).isEmpty();
	}

	@Property
	void deadlineIsMonotonicInTheWorkingDays(@ForAll @IntRange(max = 3000) int offset,
			@ForAll @IntRange(min = 1, max = 400) int workingDays) {
		LocalDate shorter = CALENDAR.deadline(start(offset), workingDays).deadline();
		LocalDate longer = CALENDAR.deadline(start(offset), workingDays + 1).deadline();

		assertThat(longer).isAfter(shorter);
	}

	@Property
	void aPauseNeverBringsTheDeadlineForward(@ForAll @IntRange(max = 3000) int offset,
			@ForAll @IntRange(min = 1, max = 200) int workingDays, @ForAll @IntRange(max = 200) int pauseAfter,
			@ForAll @IntRange(max = 60) int pauseLength) {
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
