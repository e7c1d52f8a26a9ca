package org.yangguang.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.yangguang.calendar.DayKind;
import org.yangguang.calendar.WorkingDayCalendar;

/** One month of the calendar page as rows of weeks, Monday first; days outside the month are null. */
public record MonthGrid(int year, int month, List<List<Cell>> weeks) {

	/** A day and what it is. */
	public record Cell(LocalDate date, DayKind kind) {

		public boolean holiday() {
			return kind == DayKind.HOLIDAY;
		}

		public boolean adjusted() {
			return kind == DayKind.ADJUSTED_WORKING_DAY;
		}

		public boolean weekend() {
			return kind == DayKind.WEEKEND;
		}
	}

	static List<MonthGrid> of(int year, WorkingDayCalendar calendar) {
		return IntStream.rangeClosed(1, 12).mapToObj(month -> of(YearMonth.of(year, month), calendar)).toList();
	}

	static MonthGrid of(YearMonth month, WorkingDayCalendar calendar) {
		List<List<Cell>> weeks = new ArrayList<>();
		List<Cell> week = new ArrayList<>();
		int blanks = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		for (int i = 0; i < blanks; i++) {
			week.add(null);
		}
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			week.add(new Cell(day, calendar.kindOf(day)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return new MonthGrid(month.getYear(), month.getMonthValue(), weeks);
	}
}
