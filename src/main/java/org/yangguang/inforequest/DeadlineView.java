package org.yangguang.inforequest;

import java.time.LocalDate;

import org.yangguang.calendar.DeadlineExplanation;

/**
 * A deadline as pages and the API show it, with how it was counted.
 *
 * @param clock                which time limit: {@code reply}, {@code correction}, {@code thirdParty} or {@code fee}
 * @param deadline             its last day; null while paused
 * @param state                {@code on_time}, {@code due_soon}, {@code overdue}, {@code paused}; for a finished
 *                             request {@code met} or {@code missed}
 * @param remainingWorkingDays working days left after today (negative when overdue); null when paused or finished
 * @param provisional          counted through a year whose holiday schedule is not entered yet
 * @param explanation          the counted, skipped and paused days; null in lists
 */
public record DeadlineView(String clock, LocalDate deadline, String state, Integer remainingWorkingDays,
		boolean provisional, DeadlineExplanation explanation) {

	public boolean paused() {
		return "paused".equals(state);
	}

	public boolean overdue() {
		return "overdue".equals(state);
	}
}
