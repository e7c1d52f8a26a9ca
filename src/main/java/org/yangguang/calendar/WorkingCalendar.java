package org.yangguang.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.internal.CalendarCache;
import org.yangguang.calendar.internal.YearScheduleRepository;
import org.yangguang.shared.RuleViolationException;

import tools.jackson.databind.json.JsonMapper;

/**
 * 工作日历 — the official calendar as it stands now: the year schedules, deadline and working-day arithmetic
 * on them, the years still missing, and the administrators' changes, which take effect at once: every open
 * time limit is recomputed in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class WorkingCalendar {

	static final String SYSTEM = "system";

	private final CalendarCache calendars;
	private final YearScheduleRepository schedules;
	private final TimeLimits timeLimits;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Clock clock;

	WorkingCalendar(CalendarCache calendars, YearScheduleRepository schedules, TimeLimits timeLimits,
			AuditLog audit, JsonMapper json, Clock clock) {
		this.calendars = calendars;
		this.schedules = schedules;
		this.timeLimits = timeLimits;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** The calendar with every schedule known now. */
	public WorkingDayCalendar calendar() {
		return calendars.current();
	}

	/** The year's schedule; empty when it has not been entered (the year is provisional). */
	public Optional<YearSchedule> schedule(int year) {
		requireYear(year);
		return calendar().schedule(year);
	}

	/** The years entered, newest first. */
	public List<ScheduledYear> scheduledYears() {
		return schedules.list();
	}

	/** The current and the next year, if their schedule has not been entered yet. */
	public List<Integer> missingYears() {
		int current = LocalDate.now(clock).getYear();
		WorkingDayCalendar calendar = calendar();
		return IntStream.of(current, current + 1).filter(year -> !calendar.hasSchedule(year)).boxed().toList();
	}

	/** The deadline {@code workingDays} working days after {@code start}, explained. */
	public DeadlineExplanation deadline(LocalDate start, int workingDays) {
		requireDate(start);
		return calendar().deadline(start, workingDays);
	}

	/** Working days in the closed interval {@code [from, to]}. */
	public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
		requireDate(from);
		requireDate(to);
		if (to.isBefore(from)) {
			throw new RuleViolationException("calendar.error.range", from.toString(), to.toString());
		}
		return calendar().workingDaysBetween(from, to);
	}

	/**
	 * Enters or corrects a year (an administrator's change): validated, audited, and applied at once to every
	 * open time limit, whose history records the change.
	 *
	 * @param reason why, as given by the administrator; may be null
	 * @param actor  who, for the year's "updated by"
	 */
	@Transactional
	public ScheduleApplied change(int year, String notice, Collection<LocalDate> holidays,
			Collection<LocalDate> workdays, String reason, String actor) {
		YearSchedule schedule = YearSchedule.of(year, notice, holidays, workdays);
		Optional<YearSchedule> before = schedules.find(year);
		schedules.replace(schedule, actor, clock.instant());
		ScheduleApplied applied = recompute(schedule, reason);
		audit.record("calendar.schedule-changed", "calendar-year", Integer.toString(year),
				before.map(this::toJson).orElse(null), toJson(schedule), reason);
		return applied;
	}

	/**
	 * Adds a year from the data file shipped with the code when the database lacks it (at startup). Fails with
	 * a duplicate-key error when another node added it first.
	 */
	@Transactional
	public ScheduleApplied addShipped(YearSchedule schedule) {
		schedules.insert(schedule, SYSTEM, clock.instant());
		ScheduleApplied applied = recompute(schedule, null);
		audit.record("calendar.schedule-loaded", "calendar-year", Integer.toString(schedule.year()), null,
				toJson(schedule), null);
		return applied;
	}

	private ScheduleApplied recompute(YearSchedule schedule, String reason) {
		WorkingDayCalendar calendar = WorkingDayCalendar.of(schedules.findAll());
		String why = schedule.year() + " " + schedule.notice() + (reason == null || reason.isBlank() ? ""
				: " — " + reason.strip());
		String limited = why.length() > TimeLimitChange.MAX_REASON_LENGTH
				? why.substring(0, TimeLimitChange.MAX_REASON_LENGTH) : why;
		return new ScheduleApplied(schedule, timeLimits.recomputeOpen(calendar, schedule.year(), limited));
	}

	private String toJson(YearSchedule schedule) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("year", schedule.year());
		map.put("notice", schedule.notice());
		map.put("holidays", schedule.holidays().stream().map(LocalDate::toString).toList());
		map.put("workdays", schedule.workdays().stream().map(LocalDate::toString).toList());
		return json.writeValueAsString(map);
	}

	static void requireYear(int year) {
		if (year < YearSchedule.MIN_YEAR || year > YearSchedule.MAX_YEAR) {
			throw new RuleViolationException("calendar.error.year", year, YearSchedule.MIN_YEAR, YearSchedule.MAX_YEAR);
		}
	}

	private static void requireDate(LocalDate day) {
		if (day.getYear() < YearSchedule.MIN_YEAR || day.getYear() > YearSchedule.MAX_YEAR) {
			throw new RuleViolationException("calendar.error.dateOutOfRange", day.toString(), YearSchedule.MIN_YEAR,
					YearSchedule.MAX_YEAR);
		}
	}
}
