package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 工作日历 — which days are working days, from the year schedules known at one moment. Immutable.
 * <p>
 * A working day is a Monday–Friday that is not a holiday, or a weekend day declared an adjusted working day.
 * A date is decided by its own year's schedule, or by the next year's when that one lists it (a New Year
 * break that begins in December). A date of a year without a schedule falls back to Monday–Friday and is
 * <em>provisional</em>: every computation that looks at such a date says so.
 */
public final class WorkingDayCalendar {

	private static final WorkingDayCalendar WEEKDAYS_ONLY = new WorkingDayCalendar(List.of());

	private final SortedMap<Integer, YearSchedule> schedules;
	private final Map<LocalDate, DayKind> declared;

	private WorkingDayCalendar(Collection<YearSchedule> schedules) {
		SortedMap<Integer, YearSchedule> byYear = new TreeMap<>();
		Map<LocalDate, DayKind> days = new HashMap<>();
		schedules.stream().sorted((a, b) -> Integer.compare(b.year(), a.year())).forEach(schedule -> {
			byYear.put(schedule.year(), schedule);
			// later years first: a date's own year, put last, wins over the next year's schedule
			schedule.holidays().forEach(day -> days.put(day, DayKind.HOLIDAY));
			schedule.workdays().forEach(day -> days.put(day, DayKind.ADJUSTED_WORKING_DAY));
		});
		this.schedules = Collections.unmodifiableSortedMap(byYear);
		this.declared = Map.copyOf(days);
	}

	public static WorkingDayCalendar of(Collection<YearSchedule> schedules) {
		long distinct = schedules.stream().map(YearSchedule::year).distinct().count();
		if (distinct != schedules.size()) {
			throw new IllegalArgumentException("one schedule per year");
		}
		return new WorkingDayCalendar(schedules);
	}

	public static WorkingDayCalendar of(YearSchedule... schedules) {
		return of(List.of(schedules));
	}

	/** No schedule at all: Monday–Friday, every result provisional. */
	public static WorkingDayCalendar weekdaysOnly() {
		return WEEKDAYS_ONLY;
	}

	public DayKind kindOf(LocalDate day) {
		DayKind kind = declared.get(day);
		if (kind != null) {
			return kind;
		}
		return YearSchedule.isWeekend(day) ? DayKind.WEEKEND : DayKind.WORKING_DAY;
	}

	public boolean isWorkingDay(LocalDate day) {
		return kindOf(day).working();
	}

	public boolean hasSchedule(int year) {
		return schedules.containsKey(year);
	}

	/** True when the day's year has no schedule, so that its kind is only a Monday–Friday guess. */
	public boolean isProvisional(LocalDate day) {
		return !hasSchedule(day.getYear());
	}

	public Optional<YearSchedule> schedule(int year) {
		return Optional.ofNullable(schedules.get(year));
	}

	public SortedSet<Integer> scheduledYears() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(schedules.keySet()));
	}

	/** Working days in the closed interval {@code [from, to]}. */
	public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
		int count = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		boolean provisional = false;
		for (int year = from.getYear(); year <= to.getYear() && !provisional; year++) {
			provisional = !hasSchedule(year);
		}
		return new WorkingDayCount(from, to, count, provisional);
	}

	/**
	 * The deadline of a plain time limit: the {@code workingDays}-th working day after {@code start}
	 * (the start day itself is not counted).
	 */
	public DeadlineExplanation deadline(LocalDate start, int workingDays) {
		return TimeLimit.start(start, workingDays).explain(this);
	}
}
