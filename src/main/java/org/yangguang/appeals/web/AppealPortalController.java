package org.yangguang.appeals.web;

import java.util.LinkedHashMap;
import java.util.Map;

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
import org.yangguang.appeals.AppealType;
import org.yangguang.appeals.Appeals;
import org.yangguang.appeals.NewAppeal;
import org.yangguang.appeals.TicketView;
import org.yangguang.appeals.web.AppealForms.AppealForm;
import org.yangguang.appeals.web.AppealForms.RateForm;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.NotFoundException;

/**
 * 互动交流 — the public section: the Q&A wall (回音壁) with its search, the rates per department with their formulas;
 * and the citizen's side: leave a message, follow one's own tickets, rate the reply.
 */
@Controller
class AppealPortalController {

	private final Appeals appeals;
	private final AppealFigures figures;

	AppealPortalController(Appeals appeals, AppealFigures figures) {
		this.appeals = appeals;
		this.figures = figures;
	}

	@GetMapping("/appeals")
	String section(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("wall", figures.wall(q, 50));
		model.addAttribute("stats", figures.statistics(null, null, null));
		model.addAttribute("departments", figures.byDepartment());
		return "appeals/section";
	}

	@GetMapping("/appeals/new")
	String form(Model model) {
		return form(AppealForm.EMPTY, model);
	}

	@PostMapping("/appeals/new")
	String submit(@ModelAttribute("appealForm") AppealForm form, BindingResult errors, Model model) {
		try {
			TicketView v = appeals.register(new NewAppeal(AppealType.ofKey(form.type()),
					"mailbox".equals(form.channel()) ? AppealChannel.MAILBOX : AppealChannel.WEB, form.title(),
					form.message(), Boolean.TRUE.equals(form.publicConsent()), Boolean.TRUE.equals(form.confidential()),
					null, null, null, null));
			return "redirect:/account/appeals/" + v.ticketNo() + "?submitted";
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, null);
		}
		return form(form, model);
	}

	private String form(AppealForm form, Model model) {
		model.addAttribute("appealForm", form);
		model.addAttribute("types", types());
		return "appeals/new";
	}

	@GetMapping("/account/appeals")
	String mine(Model model) {
		model.addAttribute("rows", appeals.mine());
		return "appeals/mine";
	}

	@GetMapping("/account/appeals/{ticketNo}")
	String one(@PathVariable String ticketNo, @RequestParam(required = false) String submitted, Model model) {
		if (submitted != null) {
			model.addAttribute("flash", "appeals.flash.submitted");
		}
		return page(own(ticketNo), new RateForm(null), model);
	}

	@PostMapping("/account/appeals/{ticketNo}/rate")
	String rate(@PathVariable String ticketNo, @ModelAttribute("rateForm") RateForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		own(ticketNo);
		try {
			appeals.rate(ticketNo, form.result());
			redirect.addFlashAttribute("flash", "appeals.flash.rated");
			return "redirect:/account/appeals/" + ticketNo;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, null);
		}
		return page(own(ticketNo), form, model);
	}

	private TicketView own(String ticketNo) {
		TicketView v = appeals.view(ticketNo);
		if (!v.citizenView()) {
			throw new NotFoundException("appeals.error.notFound", ticketNo);
		}
		return v;
	}

	private String page(TicketView v, RateForm form, Model model) {
		model.addAttribute("view", v);
		model.addAttribute("rateForm", form);
		Map<String, String> results = new LinkedHashMap<>();
		for (String r : new String[] { "satisfied", "basically_satisfied", "dissatisfied" }) {
			results.put(r, "appeals.rating." + r);
		}
		model.addAttribute("results", results);
		return "appeals/mine-one";
	}

	static Map<String, String> types() {
		Map<String, String> types = new LinkedHashMap<>();
		for (AppealType t : AppealType.values()) {
			types.put(t.key(), "appeals.type." + t.key());
		}
		return types;
	}
}
