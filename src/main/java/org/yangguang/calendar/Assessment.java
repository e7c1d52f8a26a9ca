package org.yangguang.calendar;

import java.time.LocalDate;

/**
 * Where a time limit stands on a day: its state and the working days left.
 *
 * @param day                  the day judged (a closed time limit is judged on its closing day)
 * @param state                on time, due soon, overdue or paused
 * @param remainingWorkingDays working days left after {@code day} up to the deadline: 0 on the deadline itself,
 *                             negative when overdue (minus the working days since the deadline), frozen while
 *                             paused
 * @param explanation          how the deadline was counted
 */
public record Assessment(LocalDate day, TimeLimitState state, int remainingWorkingDays,
		DeadlineExplanation explanation) {

	static Assessment of(TimeLimit limit, LocalDate day, WorkingDayCalendar calendar, int dueSoonWithin) {
		if (dueSoonWithin < 0) {
			throw new IllegalArgumentException("due-soon threshold must not be negative");
		}
		DeadlineExplanation explanation = limit.explain(calendar);
		LocalDate deadline = explanation.deadline();
		if (deadline != null && day.isAfter(deadline)) {
			int overdue = calendar.workingDaysBetween(deadline.plusDays(1), day).workingDays();
			return new Assessment(day, TimeLimitState.OVERDUE, -overdue, explanation);
		}
		long used = explanation.countedDays().stream().filter(counted -> !counted.isAfter(day)).count();
		int remaining = explanation.totalWorkingDays() - (int) used;
		boolean stopped = deadline == null && !day.isBefore(limit.openPause().orElseThrow().pausedOn());
		TimeLimitState state = stopped ? TimeLimitState.PAUSED
				: remaining <= dueSoonWithin ? TimeLimitState.DUE_SOON : TimeLimitState.ON_TIME;
		return new Assessment(day, state, remaining, explanation);
	}

	public LocalDate deadline() {
		return explanation.deadline();
	}

	public boolean provisional() {
		return explanation.provisional();
	}
}
