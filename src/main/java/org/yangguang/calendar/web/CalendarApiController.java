package org.yangguang.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.calendar.DeadlineExplanation;
import org.yangguang.calendar.ScheduleApplied;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.WorkingDayCount;
import org.yangguang.calendar.YearSchedule;

import org.yangguang.shared.ProblemResponses;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public calendar API: a year's schedule, deadlines and working-day counts; administrators change a year. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "The official working-day calendar (holidays and adjusted "
		+ "working days per year) and the statutory deadlines counted on it.")
class CalendarApiController {

	private final WorkingCalendar calendar;

	CalendarApiController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	record YearBody(int year, String notice, List<String> holidays, List<String> workdays, boolean provisional) {

		static YearBody of(int year, YearSchedule schedule) {
			return schedule == null ? new YearBody(year, null, List.of(), List.of(), true)
					: new YearBody(year, schedule.notice(), isoDates(schedule.holidays()),
							isoDates(schedule.workdays()), false);
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record DeadlineBody(String start, int workingDays, String deadline, boolean provisional,
			ExplanationBody explanation) {
	}

	record ExplanationBody(List<String> countedDays, List<String> skippedWeekends, List<String> skippedHolidays,
			List<String> adjustedWorkdays, List<Integer> provisionalYears) {

		static ExplanationBody of(DeadlineExplanation e) {
			return new ExplanationBody(isoDates(e.countedDays()), isoDates(e.skippedWeekends()),
					isoDates(e.skippedHolidays()), isoDates(e.adjustedWorkingDays()), e.provisionalYears());
		}
	}

	record WorkingDaysBody(String from, String to, int workingDays, boolean provisional) {
	}

	/** The body of {@code PUT /api/v1/calendar/{year}}; {@code reason} is optional and goes to the audit log. */
	record ScheduleBody(String notice, List<LocalDate> holidays, List<LocalDate> workdays, String reason) {
	}

	record AppliedBody(int year, String notice, List<String> holidays, List<String> workdays, boolean provisional,
			int recomputedTimeLimits) {
	}

	@Operation(summary = "Read a year's holidays and adjusted working days (provisional when not entered)")
	@GetMapping("/{year}")
	YearBody year(@PathVariable int year) {
		return YearBody.of(year, calendar.schedule(year).orElse(null));
	}

	@Operation(summary = "Compute the deadline a number of working days after a start date, optionally explained")
	@GetMapping("/deadline")
	DeadlineBody deadline(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate start,
			@RequestParam int workingDays, @RequestParam(defaultValue = "false") boolean explain) {
		DeadlineExplanation explanation = calendar.deadline(start, workingDays);
		return new DeadlineBody(start.toString(), workingDays, explanation.deadline().toString(),
				explanation.provisional(), explain ? ExplanationBody.of(explanation) : null);
	}

	@Operation(summary = "Count the working days between two dates")
	@GetMapping("/working-days")
	WorkingDaysBody workingDays(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		WorkingDayCount count = calendar.workingDaysBetween(from, to);
		return new WorkingDaysBody(from.toString(), to.toString(), count.workingDays(), count.provisional());
	}

	@Operation(summary = "Enter or change a year's schedule (administrators); open time limits are recomputed")
	@SecurityRequirement(name = "bearerAuth")
	@PutMapping("/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	AppliedBody change(@PathVariable int year, @RequestBody ScheduleBody body, Authentication user) {
		ScheduleApplied applied = calendar.change(year, body.notice(), present(body.holidays()),
				present(body.workdays()), body.reason(), user.getName());
		YearSchedule schedule = applied.schedule();
		return new AppliedBody(year, schedule.notice(), isoDates(schedule.holidays()), isoDates(schedule.workdays()),
				false, applied.recomputed().size());
	}

	private static List<LocalDate> present(List<LocalDate> dates) {
		return dates == null ? List.of() : dates.stream().filter(Objects::nonNull).toList();
	}

	static List<String> isoDates(List<LocalDate> dates) {
		return dates.stream().map(LocalDate::toString).toList();
	}
}
