package org.yangguang.calendar.internal;

import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.calendar.internal.YearScheduleRepository.Fingerprint;

/**
 * The current {@link WorkingDayCalendar}, rebuilt when the schedules change. One cheap query per use tells
 * whether another request or another node changed a year, so an administrator's change takes effect at once
 * everywhere.
 */
@Component
public class CalendarCache {

	private final YearScheduleRepository schedules;
	private volatile Snapshot snapshot;

	CalendarCache(YearScheduleRepository schedules) {
		this.schedules = schedules;
	}

	public WorkingDayCalendar current() {
		Fingerprint now = schedules.fingerprint();
		Snapshot cached = snapshot;
		if (cached == null || !cached.fingerprint().equals(now)) {
			// read after the fingerprint: the data is at least as new as the fingerprint it is filed under
			cached = new Snapshot(now, WorkingDayCalendar.of(schedules.findAll()));
			snapshot = cached;
		}
		return cached.calendar();
	}

	private record Snapshot(Fingerprint fingerprint, WorkingDayCalendar calendar) {
	}
}
