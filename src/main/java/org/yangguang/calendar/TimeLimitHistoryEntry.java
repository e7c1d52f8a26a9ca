package org.yangguang.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded change of a kept time limit.
 *
 * @param change        what changed
 * @param deadlineAfter the deadline once the change was applied, on the calendar of that moment; null while paused
 * @param recordedAt    when it was recorded
 */
public record TimeLimitHistoryEntry(TimeLimitChange change, LocalDate deadlineAfter, Instant recordedAt) {
}
