package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The counting rule (计算规则): from the day after the start, each working day not left out by a pause counts,
 * until the time limit's working days are used up; the last counted day is the deadline.
 */
final class DeadlineCounting {

	private DeadlineCounting() {
	}

	static DeadlineExplanation count(TimeLimit limit, WorkingDayCalendar calendar) {
		int total = limit.totalWorkingDays();
		Optional<Pause> open = limit.openPause();
		SortedSet<Integer> provisionalYears = new TreeSet<>();
		List<LocalDate> counted = new ArrayList<>();
		List<LocalDate> weekends = new ArrayList<>();
		List<LocalDate> holidays = new ArrayList<>();
		List<LocalDate> adjusted = new ArrayList<>();
		List<LocalDate> paused = new ArrayList<>();
		LocalDate day = limit.start();
		while (counted.size() < total) {
			day = day.plusDays(1);
			if (open.isPresent() && open.get().covers(day)) {
				break;
			}
			if (calendar.isProvisional(day)) {
				provisionalYears.add(day.getYear());
			}
			DayKind kind = calendar.kindOf(day);
			if (kind == DayKind.WEEKEND) {
				weekends.add(day);
			}
			else if (kind == DayKind.HOLIDAY) {
				holidays.add(day);
			}
			else if (limit.pausedOn(day)) {
				paused.add(day);
			}
			else {
				counted.add(day);
				if (kind == DayKind.ADJUSTED_WORKING_DAY) {
					adjusted.add(day);
				}
			}
		}
		LocalDate deadline = counted.size() == total ? day : null;
		return new DeadlineExplanation(limit.start(), limit.workingDays(), limit.extensionDays(), deadline,
				List.copyOf(provisionalYears), counted, weekends, holidays, adjusted, paused, limit.pauses(),
				limit.extensions());
	}
}
