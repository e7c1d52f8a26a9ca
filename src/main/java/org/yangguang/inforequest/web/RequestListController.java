package org.yangguang.inforequest.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.RequestDesk;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/**
 * 申请办理台账 — the staff list of requests in scope with remaining working days, due-soon and overdue tags and
 * filters; and the registration of paper, fax and oral applications.
 */
@Controller
class RequestListController {

	static final int PAGE_SIZE = 25;

	private final RequestHandling handling;
	private final RequestDesk desk;
	private final Clock clock;

	RequestListController(RequestHandling handling, RequestDesk desk, Clock clock) {
		this.handling = handling;
		this.desk = desk;
		this.clock = clock;
	}

	/**
	 * @param show {@code open} (default), {@code overdue}, {@code dueSoon} or {@code all}
	 */
	@GetMapping("/workbench/requests")
	String list(@RequestParam(defaultValue = "open") String show, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		RequestStatus st = RequestStatus.fromKey(status);
		RequestDesk.View view = RequestDesk.View.fromKey(show);
		model.addAttribute("result", desk.list(view, st, q, page, PAGE_SIZE));
		model.addAttribute("show", view.key());
		model.addAttribute("status", st == null ? null : st.key());
		model.addAttribute("q", q);
		model.addAttribute("statuses", Options.statuses());
		RequestDesk.Permissions may = desk.permissions();
		model.addAttribute("mayRegister", may.register());
		model.addAttribute("mayImport", may.importRegister());
		return "inforequest/list";
	}

	@GetMapping("/workbench/requests/register")
	String registerForm(Model model) {
		model.addAttribute("form", RegisterForm.empty(LocalDate.now(clock)));
		return register(model);
	}

	@PostMapping("/workbench/requests/register")
	String register(@ModelAttribute("form") RegisterForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		NewRequest application = form.read(errors);
		if (application != null) {
			try {
				RequestSnapshot s = handling.register(application);
				if (!desk.mayOpen(s)) {
					// window staff receive for every agency but handle none: they hand over the tracking number
					redirect.addFlashAttribute("registeredNo", s.trackingNo());
					return "redirect:/workbench/requests/register";
				}
				redirect.addFlashAttribute("flash", "inforequest.flash.registered");
				return "redirect:/workbench/requests/" + s.trackingNo();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, "agency".equals(e.field())
						? RuleViolationException.onField("agencyId", e.messageKey(), e.args()) : e);
			}
		}
		return register(model);
	}

	private String register(Model model) {
		model.addAttribute("agencies", Options.organisations(desk.registrableAgencies()));
		model.addAttribute("channels", Options.staffChannels());
		model.addAttribute("applicantTypes", Options.applicantTypes());
		model.addAttribute("idTypes", Options.idTypes());
		model.addAttribute("forms", Options.forms());
		model.addAttribute("routes", Options.routes());
		return "inforequest/register";
	}
}
