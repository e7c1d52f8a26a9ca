package org.yangguang.calendar;

import java.time.LocalDate;

/**
 * 即将到期 — an open time limit crossed its kind's due-soon threshold. Published once per time limit and state
 * change by the deadline sweep (again only if the deadline moved away and came back); the module owning the case
 * warns the people handling it.
 *
 * @param timeLimitId          the time limit
 * @param kind                 e.g. {@code inforequest.reply}
 * @param subjectType          the kind of case, e.g. {@code information-request}
 * @param subjectId            the case's id
 * @param deadline             the deadline
 * @param remainingWorkingDays working days left after the day of the sweep (0: the deadline is today)
 */
public record DeadlineApproaching(long timeLimitId, String kind, String subjectType, String subjectId,
		LocalDate deadline, int remainingWorkingDays) {
}
