package org.yangguang.calendar;

import java.time.LocalDate;

/**
 * 已超期 — an open time limit's deadline passed with the case still open. Published once per time limit and state
 * change by the deadline sweep; the module owning the case warns the people handling it and lists the case for
 * supervision (督办).
 *
 * @param timeLimitId         the time limit
 * @param kind                e.g. {@code inforequest.reply}
 * @param subjectType         the kind of case, e.g. {@code information-request}
 * @param subjectId           the case's id
 * @param deadline            the deadline that passed
 * @param overdueWorkingDays  working days since the deadline, on the day of the sweep (at least 1)
 */
public record DeadlineMissed(long timeLimitId, String kind, String subjectType, String subjectId, LocalDate deadline,
		int overdueWorkingDays) {
}
