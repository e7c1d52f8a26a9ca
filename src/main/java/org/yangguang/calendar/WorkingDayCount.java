package org.yangguang.calendar;

import java.time.LocalDate;

/**
 * The number of working days in a closed interval of dates.
 *
 * @param provisional true when a year of the interval has no schedule (Monday–Friday was assumed)
 */
public record WorkingDayCount(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
}
