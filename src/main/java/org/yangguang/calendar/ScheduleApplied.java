package org.yangguang.calendar;

import java.util.List;

/**
 * The outcome of entering or correcting a year: the schedule now in force and the open time limits whose
 * deadline changed because of it.
 */
public record ScheduleApplied(YearSchedule schedule, List<TimeLimitRecomputed> recomputed) {

	public ScheduleApplied {
		recomputed = List.copyOf(recomputed);
	}
}
