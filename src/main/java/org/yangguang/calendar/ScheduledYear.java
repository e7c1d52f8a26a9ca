package org.yangguang.calendar;

import java.time.Instant;

/**
 * A year as the administrators' list shows it: its notice, how many dates it declares, who changed it last.
 *
 * @param revision 1 when loaded from the shipped data file, incremented by each administrator change
 */
public record ScheduledYear(int year, String notice, int holidays, int workdays, int revision, String updatedBy,
		Instant updatedAt) {
}
