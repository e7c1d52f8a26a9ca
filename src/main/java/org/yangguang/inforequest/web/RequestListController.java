package org.yangguang.inforequest.web;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.InformationRequests;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.inforequest.RequestFilter;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
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
	private final InformationRequests applications;
	private final Organisations organisations;
	private final Identity identity;
	private final java.time.Clock clock;

	RequestListController(RequestHandling handling, InformationRequests applications, Organisations organisations,
			Identity identity, java.time.Clock clock) {
		this.handling = handling;
		this.applications = applications;
		this.organisations = organisations;
		this.identity = identity;
		this.clock = clock;
	}

	/**
	 * @param show {@code open} (default), {@code overdue}, {@code dueSoon} or {@code all}
	 */
	@GetMapping("/workbench/requests")
	String list(@RequestParam(defaultValue = "open") String show, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = LocalDate.now(clock);
		RequestStatus st = status == null || status.isBlank() ? null
				: java.util.Arrays.stream(RequestStatus.values()).filter(s -> s.key().equals(status)).findFirst()
					.orElse(null);
		RequestFilter filter = switch (show) {
			case "overdue" -> new RequestFilter(true, st, today, null, null, q);
			case "dueSoon" -> new RequestFilter(true, st, null, today, dueSoonLimit(today), q);
			case "all" -> new RequestFilter(false, st, null, null, null, q);
			default -> new RequestFilter(true, st, null, null, null, q);
		};
		model.addAttribute("result", handling.list(filter, page, PAGE_SIZE));
		model.addAttribute("show", show);
		model.addAttribute("status", st == null ? null : st.key());
		model.addAttribute("q", q);
		model.addAttribute("statuses", Options.statuses());
		CurrentUser user = identity.requireUser();
		model.addAttribute("mayRegister", user.hasAny(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE, Role.WINDOW));
		model.addAttribute("mayImport", user.has(Role.DISCLOSURE_OFFICE));
		return "inforequest/list";
	}

	/** Due soon: the reply deadline within the threshold's working days (computed by the module, not here). */
	private LocalDate dueSoonLimit(LocalDate today) {
		return applications.dueSoonLimit(today);
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
				if (!mayRead(s)) {
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

	private boolean mayRead(RequestSnapshot s) {
		CurrentUser user = identity.requireUser();
		return user.hasAny(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE, Role.SUPERVISOR)
				&& identity.covers(s.agencyId());
	}

	private String register(Model model) {
		CurrentUser user = identity.requireUser();
		java.util.List<Organisation> choices = user.has(Role.WINDOW) ? applications.agencies()
				: organisations.subtree(user.organisationId()).stream().filter(o -> !o.retired()).toList();
		model.addAttribute("agencies", Options.organisations(choices));
		model.addAttribute("channels", Options.staffChannels());
		model.addAttribute("applicantTypes", Options.applicantTypes());
		model.addAttribute("idTypes", Options.idTypes());
		model.addAttribute("forms", Options.forms());
		model.addAttribute("routes", Options.routes());
		return "inforequest/register";
	}
}
