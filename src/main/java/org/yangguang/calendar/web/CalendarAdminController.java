package org.yangguang.calendar.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.calendar.ScheduleApplied;
import org.yangguang.calendar.ScheduleProblem;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.YearSchedule;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/** 工作日历维护 — administrators enter or correct a year's schedule; the change applies at once. */
@Controller
@RequestMapping("/workbench/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

	private static final String BASE = "/workbench/admin/calendar";

	private final WorkingCalendar calendar;

	CalendarAdminController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping
	String years(Model model) {
		model.addAttribute("years", calendar.scheduledYears());
		model.addAttribute("missingYears", calendar.missingYears());
		return "calendar/admin-years";
	}

	/** The "enter another year" box. */
	@GetMapping("/go")
	String go(@RequestParam(required = false) Integer year) {
		return "redirect:" + BASE + (year == null ? "" : "/" + year);
	}

	@GetMapping("/{year:\\d{1,4}}")
	String edit(@PathVariable int year, Model model) {
		YearSchedule schedule = calendar.schedule(year).orElse(null);
		if (!model.containsAttribute("scheduleForm")) {
			model.addAttribute("scheduleForm", schedule == null ? new ScheduleForm("", "", "", "")
					: new ScheduleForm(schedule.notice(), DateList.format(schedule.holidays()),
							DateList.format(schedule.workdays()), ""));
		}
		return editView(year, schedule != null, model);
	}

	@PostMapping("/{year:\\d{1,4}}")
	String save(@PathVariable int year, @Valid @ModelAttribute("scheduleForm") ScheduleForm form,
			BindingResult errors, Authentication user, Model model, RedirectAttributes redirect) {
		boolean entered = calendar.schedule(year).isPresent();
		DateList holidays = DateList.parse(form.holidays());
		DateList workdays = DateList.parse(form.workdays());
		holidays.invalid().forEach(entry -> rejectDate(errors, "holidays", entry));
		workdays.invalid().forEach(entry -> rejectDate(errors, "workdays", entry));
		List<ScheduleProblem> problems = YearSchedule.problems(year, form.notice(), holidays.dates(),
				workdays.dates());
		problems.forEach(problem -> reject(errors, problem));
		if (errors.hasErrors()) {
			return editView(year, entered, model);
		}
		try {
			ScheduleApplied applied = calendar.change(year, form.notice(), holidays.dates(), workdays.dates(),
					form.reason(), user.getName());
			redirect.addFlashAttribute("calendarSaved", applied.recomputed().size());
			return "redirect:" + BASE + "/" + year;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return editView(year, entered, model);
		}
	}

	private String editView(int year, boolean entered, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("entered", entered);
		return "calendar/admin-year";
	}

	private static void rejectDate(BindingResult errors, String field, String entry) {
		errors.rejectValue(field, "calendar.admin.error.notADate", new Object[] { entry },
				"calendar.admin.error.notADate");
	}

	private static void reject(BindingResult errors, ScheduleProblem problem) {
		Object[] args = problem.args().toArray();
		if (errors.getFieldType(problem.field()) != null) {
			errors.rejectValue(problem.field(), problem.messageKey(), args, problem.messageKey());
		}
		else {
			errors.reject(problem.messageKey(), args, problem.messageKey());
		}
	}
}
