package org.yangguang.meetings.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.meetings.MeetingTasks;
import org.yangguang.meetings.web.MeetingForms.StepForm;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.NotFoundException;

/**
 * 督办事项 in the workbench: the task list with its state filters (overdue in red) and one task's page with the
 * steps the reader may take; a refused step comes back with what was typed and the error on top.
 */
@Controller
class TaskDeskController {

	private final MeetingTasks tasks;

	TaskDeskController(MeetingTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/workbench/meetings/tasks")
	String list(@RequestParam(required = false, defaultValue = "") String state, Model model) {
		model.addAttribute("rows", tasks.list(null, state));
		model.addAttribute("state", state);
		return "meetings/tasks";
	}

	@GetMapping("/workbench/meetings/tasks/{id:\\d+}")
	String one(@PathVariable long id, Model model) {
		return page(id, StepForm.EMPTY, null, model);
	}

	@PostMapping("/workbench/meetings/tasks/{id:\\d+}/{action}")
	String step(@PathVariable long id, @PathVariable String action, @ModelAttribute("stepForm") StepForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "progress" -> tasks.progress(id, form.note(), Boolean.TRUE.equals(form.done()));
				case "extension" -> tasks.askExtension(id, form.workingDays(), form.reason());
				case "verify" -> tasks.verify(id, Boolean.TRUE.equals(form.accepted()), form.note());
				case "decide-extension" -> tasks.decideExtension(id, Boolean.TRUE.equals(form.grant()), form.note());
				default -> throw new NotFoundException("meetings.error.taskNotFound", id);
			}
			redirect.addFlashAttribute("flash", "meetings.flash." + action);
			return "redirect:/workbench/meetings/tasks/" + id;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, null);
		}
		return page(id, form, action, model);
	}

	private String page(long id, StepForm form, String action, Model model) {
		model.addAttribute("task", tasks.view(id));
		model.addAttribute("stepForm", form);
		model.addAttribute("stepAction", action);
		return "meetings/task";
	}
}
