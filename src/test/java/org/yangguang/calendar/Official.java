package org.yangguang.calendar;

import java.time.LocalDate;

import org.yangguang.calendar.internal.HolidayDataFile;

/** The schedules shipped with the code, as the unit tests' calendar. */
final class Official {

	static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(HolidayDataFile.load());

	private Official() {
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	static LocalDate deadline(String start, int workingDays) {
		return CALENDAR.deadline(date(start), workingDays).deadline();
	}
}
