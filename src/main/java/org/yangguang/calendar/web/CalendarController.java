package org.yangguang.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.yangguang.calendar.ScheduledYear;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.calendar.YearSchedule;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/** The public calendar pages: a year's month grid, the deadline calculator, the iCalendar feed. */
@Controller
class CalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final WorkingCalendar calendar;
	private final MessageSource messages;
	private final Clock clock;

	CalendarController(WorkingCalendar calendar, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String currentYear(Model model) {
		return year(LocalDate.now(clock).getYear(), model);
	}

	@GetMapping("/calendar/{year:\\d{1,4}}")
	String year(@PathVariable int year, Model model) {
		YearSchedule schedule = calendar.schedule(year).orElse(null);
		WorkingDayCalendar current = calendar.calendar();
		model.addAttribute("year", year);
		model.addAttribute("schedule", schedule);
		model.addAttribute("holidayRuns", schedule == null ? List.of() : DateRun.of(schedule.holidays()));
		model.addAttribute("months", MonthGrid.of(year, current));
		model.addAttribute("workingDays", calendar
			.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).workingDays());
		model.addAttribute("firstYear", current.scheduledYears().isEmpty() ? null : current.scheduledYears().first());
		model.addAttribute("lastYear", current.scheduledYears().isEmpty() ? null : current.scheduledYears().last());
		if (!model.containsAttribute("deadlineForm")) {
			model.addAttribute("deadlineForm", new DeadlineForm(null, null));
		}
		return "calendar/year";
	}

	@GetMapping(path = "/calendar/deadline", params = "!start")
	String deadlineForm(Model model) {
		model.addAttribute("deadlineForm", new DeadlineForm(null, null));
		return "calendar/deadline";
	}

	/** The calculator's answer; the form submits with GET, so it works without JavaScript and can be linked. */
	@GetMapping(path = "/calendar/deadline", params = "start")
	String deadline(@ModelAttribute("deadlineForm") DeadlineForm form, BindingResult errors, Model model) {
		form.read(errors).ifPresent(query -> {
			try {
				model.addAttribute("explanation", calendar.deadline(query.start(), query.workingDays()));
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
		});
		return "calendar/deadline";
	}

	@GetMapping("/calendar/holidays.ics")
	ResponseEntity<String> feed() {
		WorkingDayCalendar current = calendar.calendar();
		List<YearSchedule> schedules = current.scheduledYears().stream()
			.map(year -> current.schedule(year).orElseThrow()).toList();
		Map<Integer, Instant> stamps = calendar.scheduledYears().stream()
			.collect(Collectors.toMap(ScheduledYear::year, ScheduledYear::updatedAt));
		HolidayFeed.Labels labels = new HolidayFeed.Labels(text("calendar.ics.name"), text("calendar.ics.holiday"),
				text("calendar.ics.workday"), text("calendar.ics.notice"));
		return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noCache())
			.header("Content-Disposition", "inline; filename=\"holidays.ics\"")
			.body(HolidayFeed.render(schedules, stamps, labels, "calendar.yangguang"));
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
