package org.yangguang.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.yangguang.calendar.UnenteredYears;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.YearSchedule;

/** A future year nobody has entered yet, with a made-up National Day break (1–7 October) and the Saturday after it worked. */
record TestYear(int value) {

	static final String REASON = "测试：录入国庆节安排";

	static TestYear unentered(WorkingCalendar calendar) {
		return new TestYear(UnenteredYears.next(calendar));
	}

	LocalDate day(int month, int dayOfMonth) {
		return LocalDate.of(value, month, dayOfMonth);
	}

	String notice() {
		return "国办发明电〔" + (value - 1) + "〕99号";
	}

	List<LocalDate> holidays() {
		return day(10, 1).datesUntil(day(10, 8)).toList();
	}

	LocalDate workday() {
		return day(10, 7).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
	}

	YearSchedule schedule() {
		return YearSchedule.of(value, notice(), holidays(), List.of(workday()));
	}

	Map<String, Object> body() {
		return Map.of("notice", notice(), "holidays", holidays().stream().map(LocalDate::toString).toList(),
				"workdays", List.of(workday().toString()), "reason", REASON);
	}
}
