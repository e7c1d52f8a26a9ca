package org.yangguang.calendar;

/**
 * Future years nobody has entered, for tests that enter one: a fresh year each time, so that the suite passes
 * again on a PostgreSQL database kept between runs. The years around it are free too, so that no other schedule
 * (a New Year break beginning in December) touches it.
 */
public final class UnenteredYears {

	public static final int FIRST = 2050;

	private UnenteredYears() {
	}

	public static int next(WorkingCalendar calendar) {
		for (int year = FIRST; year < YearSchedule.MAX_YEAR; year++) {
			if (calendar.schedule(year).isEmpty() && calendar.schedule(year - 1).isEmpty()
					&& calendar.schedule(year + 1).isEmpty()) {
				return year;
			}
		}
		throw new IllegalStateException("no year left to enter");
	}
}
