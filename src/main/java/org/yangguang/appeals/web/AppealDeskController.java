package org.yangguang.appeals.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.appeals.AppealChannel;
import org.yangguang.appeals.AppealFigures;
import org.yangguang.appeals.AppealHandling;
import org.yangguang.appeals.AppealType;
import org.yangguang.appeals.Appeals;
import org.yangguang.appeals.Caller;
import org.yangguang.appeals.NewAppeal;
import org.yangguang.appeals.TicketView;
import org.yangguang.appeals.web.AppealForms.AppealForm;
import org.yangguang.appeals.web.AppealForms.StepForm;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.NotFoundException;

/**
 * The hotline's workbench: the operator's call sheet (with quick replies from the Q&A wall), the desks of the
 * operator, the departments and the supervisors, and one page per ticket with the steps the reader may take. A
 * refused step comes back with what was typed and the error summary on top.
 */
@Controller
class AppealDeskController {

	private final Appeals appeals;
	private final AppealHandling handling;
	private final AppealFigures figures;
	private final Organisations organisations;

	AppealDeskController(Appeals appeals, AppealHandling handling, AppealFigures figures, Organisations organisations) {
		this.appeals = appeals;
		this.handling = handling;
		this.figures = figures;
		this.organisations = organisations;
	}

	@GetMapping("/workbench/appeals")
	String desk(Authentication auth, Model model) {
		model.addAttribute("rows", handling.desk());
		model.addAttribute("operator", auth.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_OPERATOR")));
		return "appeals/desk";
	}

	@GetMapping("/workbench/appeals/new")
	String callSheet(@RequestParam(required = false) String q, Model model) {
		return callSheet(AppealForm.EMPTY, q, model);
	}

	@PostMapping("/workbench/appeals/new")
	String register(@ModelAttribute("appealForm") AppealForm form, BindingResult errors, Model model) {
		try {
			TicketView v = appeals.register(new NewAppeal(AppealType.ofKey(form.type()), AppealChannel.ofKey(form.channel()),
					form.title(), form.message(), Boolean.TRUE.equals(form.publicConsent()),
					Boolean.TRUE.equals(form.confidential()),
					new Caller(form.callerName(), form.callerPhone(), form.callerAddress()), null, null, null));
			return "redirect:/workbench/appeals/" + v.ticketNo();
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, null);
		}
		return callSheet(form, null, model);
	}

	private String callSheet(AppealForm form, String q, Model model) {
		model.addAttribute("appealForm", form);
		model.addAttribute("types", AppealPortalController.types());
		model.addAttribute("answers", q == null || q.isBlank() ? List.of() : figures.wall(q, 5));
		return "appeals/call-sheet";
	}

	@GetMapping("/workbench/appeals/{ticketNo}")
	String one(@PathVariable String ticketNo, Authentication auth, Model model) {
		return page(appeals.view(ticketNo), StepForm.EMPTY, null, auth, model);
	}

	@PostMapping("/workbench/appeals/{ticketNo}/{action}")
	String step(@PathVariable String ticketNo, @PathVariable String action, @ModelAttribute("stepForm") StepForm form,
			BindingResult errors, Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			take(ticketNo, action, form);
			redirect.addFlashAttribute("flash", "appeals.flash.step." + action);
			return "redirect:/workbench/appeals/" + ticketNo;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, null);
		}
		return page(appeals.view(ticketNo), form, action, auth, model);
	}

	private void take(String ticketNo, String action, StepForm f) {
		switch (action) {
			case "dispatch" -> handling.dispatch(ticketNo, f.department(), f.viaTownship());
			case "accept" -> handling.accept(ticketNo);
			case "return" -> handling.giveBack(ticketNo, f.reason());
			case "reply" -> handling.reply(ticketNo, f.answer());
			case "pause" -> handling.waitForCitizen(ticketNo, f.reason());
			case "resume" -> handling.resume(ticketNo);
			case "extend" -> handling.askExtension(ticketNo, f.workingDays(), f.reason());
			case "decide-extension" -> handling.decideExtension(ticketNo, Boolean.TRUE.equals(f.approve()));
			case "supervise" -> handling.supervise(ticketNo, f.note(), f.workingDays());
			case "revisit" -> handling.revisit(ticketNo, f.note());
			case "out-of-scope" -> handling.outOfScope(ticketNo, f.route(), f.note());
			case "convert" -> handling.convert(ticketNo, f.agency());
			case "link" -> handling.link(ticketNo, f.ticket());
			case "rate" -> appeals.rate(ticketNo, f.note());
			default -> throw new NotFoundException("appeals.error.notFound", action);
		}
	}

	private String page(TicketView v, StepForm form, String action, Authentication auth, Model model) {
		model.addAttribute("view", v);
		model.addAttribute("stepForm", form);
		model.addAttribute("stepAction", action);
		List<Organisation> active = organisations.inTreeOrder().stream().filter(o -> !o.retired()).toList();
		model.addAttribute("departments", active.stream()
			.filter(o -> o.kind() == OrganisationKind.DEPARTMENT || o.kind() == OrganisationKind.GOVERNMENT).toList());
		model.addAttribute("townships", active.stream().filter(o -> o.kind() == OrganisationKind.TOWNSHIP).toList());
		boolean operator = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OPERATOR"));
		model.addAttribute("repeats", operator && v.may("dispatch") ? handling.possibleRepeats(v.ticketNo()) : List.of());
		model.addAttribute("routing", operator && v.may("dispatch") ? handling.suggestDepartments(v.ticketNo())
				: List.of());
		return "appeals/ticket";
	}
}
