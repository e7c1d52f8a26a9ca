package org.yangguang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.yangguang.shared.RuleViolationException;

/**
 * 年度节假日安排 — one year's schedule as the State Council's notice (关于XXXX年部分节假日安排的通知) gives it.
 *
 * @param year     the calendar year the notice is for
 * @param notice   the notice's reference, e.g. {@code 国办发明电〔2024〕12号}; amendments are added to it
 * @param holidays every day of every days-off period (放假), weekend days inside a period included, ascending
 * @param workdays only the Saturdays and Sundays that are working days (调休上班), ascending
 */
public record YearSchedule(int year, String notice, List<LocalDate> holidays, List<LocalDate> workdays) {

	public static final int MIN_YEAR = 1900;
	public static final int MAX_YEAR = 2100;
	public static final int MAX_NOTICE_LENGTH = 200;
	/** A New Year break may begin in the old year, as 2023's did (2022-12-31 to 2023-01-02). */
	static final int DAYS_BEFORE_YEAR_ALLOWED = 7;

	public YearSchedule {
		holidays = List.copyOf(new TreeSet<>(holidays));
		workdays = List.copyOf(new TreeSet<>(workdays));
	}

	/** A validated schedule; throws {@link RuleViolationException} with the first problem found. */
	public static YearSchedule of(int year, String notice, Collection<LocalDate> holidays,
			Collection<LocalDate> workdays) {
		List<ScheduleProblem> problems = problems(year, notice, holidays, workdays);
		if (!problems.isEmpty()) {
			ScheduleProblem first = problems.get(0);
			throw new RuleViolationException(first.messageKey(), first.args().toArray());
		}
		return new YearSchedule(year, notice.strip(), List.copyOf(holidays), List.copyOf(workdays));
	}

	/** Every reason the schedule would be rejected, in input order; empty when it is valid. */
	public static List<ScheduleProblem> problems(int year, String notice, Collection<LocalDate> holidays,
			Collection<LocalDate> workdays) {
		List<ScheduleProblem> problems = new ArrayList<>();
		if (year < MIN_YEAR || year > MAX_YEAR) {
			problems.add(ScheduleProblem.of("year", "calendar.error.year", year, MIN_YEAR, MAX_YEAR));
			return problems;
		}
		if (notice == null || notice.isBlank()) {
			problems.add(ScheduleProblem.of("notice", "calendar.error.notice.required"));
		}
		else if (notice.strip().length() > MAX_NOTICE_LENGTH) {
			problems.add(ScheduleProblem.of("notice", "calendar.error.notice.tooLong", MAX_NOTICE_LENGTH));
		}
		for (LocalDate day : holidays) {
			if (!belongsTo(year, day)) {
				problems.add(ScheduleProblem.of("holidays", "calendar.error.holiday.outsideYear", day.toString(), year));
			}
		}
		for (LocalDate day : workdays) {
			if (!belongsTo(year, day)) {
				problems.add(ScheduleProblem.of("workdays", "calendar.error.workday.outsideYear", day.toString(), year));
			}
			else if (!isWeekend(day)) {
				problems.add(ScheduleProblem.of("workdays", "calendar.error.workday.notWeekend", day.toString()));
			}
			if (holidays.contains(day)) {
				problems.add(ScheduleProblem.of("workdays", "calendar.error.workday.isHoliday", day.toString()));
			}
		}
		return problems;
	}

	/** A date of year {@code year}'s notice lies in that year or in the last days of the year before. */
	static boolean belongsTo(int year, LocalDate day) {
		LocalDate first = LocalDate.of(year, 1, 1);
		return day.getYear() == year
				|| (!day.isBefore(first.minusDays(DAYS_BEFORE_YEAR_ALLOWED)) && day.isBefore(first));
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	public boolean isHoliday(LocalDate day) {
		return holidays.contains(day);
	}

	public boolean isAdjustedWorkingDay(LocalDate day) {
		return workdays.contains(day);
	}
}
