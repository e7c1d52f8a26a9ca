package org.yangguang.calendar;

import java.time.LocalDate;

/**
 * An open time limit's deadline (or its provisional flag) changed because an administrator changed a year's
 * schedule. Modules that show or store the deadline of their cases listen for it.
 *
 * @param previousDeadline the deadline before; null if it was paused
 * @param deadline         the deadline now; null if it is paused
 * @param provisional      whether the new deadline still relies on a year without schedule
 * @param year             the year whose schedule changed
 * @param reason           the history entry's reason
 */
public record TimeLimitRecomputed(TimeLimitId id, String kind, String subjectType, String subjectId,
		LocalDate previousDeadline, LocalDate deadline, boolean provisional, int year, String reason) {
}
