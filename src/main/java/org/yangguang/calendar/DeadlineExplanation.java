package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a deadline is the date it is: every day from the day after the start up to the deadline, sorted into
 * counted working days, skipped weekends and holidays, and working days not counted because of a pause.
 *
 * @param start               the day of receipt (not counted)
 * @param workingDays         the working days first granted
 * @param extensionDays       the working days added by extensions
 * @param deadline            the last day of the time limit; null while the clock is paused
 * @param provisionalYears    years the count passed through that have no schedule (Monday–Friday assumed)
 * @param countedDays         the working days counted, in order; the last one is the deadline
 * @param skippedWeekends     Saturdays and Sundays not counted
 * @param skippedHolidays     holiday days not counted (weekend days inside a holiday period included)
 * @param adjustedWorkingDays the counted days that are weekend days declared working days (调休上班)
 * @param pausedDays          working days not counted because the clock was paused
 * @param pauses              the pauses of the time limit
 * @param extensions          the extensions of the time limit
 */
public record DeadlineExplanation(LocalDate start, int workingDays, int extensionDays, LocalDate deadline,
		List<Integer> provisionalYears, List<LocalDate> countedDays, List<LocalDate> skippedWeekends,
		List<LocalDate> skippedHolidays, List<LocalDate> adjustedWorkingDays, List<LocalDate> pausedDays,
		List<Pause> pauses, List<Extension> extensions) {

	public DeadlineExplanation {
		provisionalYears = List.copyOf(provisionalYears);
		countedDays = List.copyOf(countedDays);
		skippedWeekends = List.copyOf(skippedWeekends);
		skippedHolidays = List.copyOf(skippedHolidays);
		adjustedWorkingDays = List.copyOf(adjustedWorkingDays);
		pausedDays = List.copyOf(pausedDays);
		pauses = List.copyOf(pauses);
		extensions = List.copyOf(extensions);
	}

	/** True when a year the count passed through has no schedule, so the deadline may still move. */
	public boolean provisional() {
		return !provisionalYears.isEmpty();
	}

	/** True while the clock is stopped: the deadline is not known until it is resumed. */
	public boolean paused() {
		return deadline == null;
	}

	public int totalWorkingDays() {
		return workingDays + extensionDays;
	}
}
