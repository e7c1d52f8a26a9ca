package org.yangguang.services.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
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
import org.yangguang.services.CaseHandling;
import org.yangguang.services.CaseView;
import org.yangguang.services.ItemQuery;
import org.yangguang.services.ServiceApplications;
import org.yangguang.services.ServiceCatalog;
import org.yangguang.services.ServiceHall;
import org.yangguang.services.WalkIn;
import org.yangguang.services.web.CaseForms.StepForm;
import org.yangguang.services.web.CaseForms.WalkInForm;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;

/**
 * 窗口与部门办件 — the workbench of the service centre: the window's and the department's open cases, the overdue
 * list for accountability, walk-in registration, and one page per case with the steps the reader may take. A
 * refused step comes back to the page with the form as typed and the error summary on top.
 */
@Controller
class CaseDeskController {

	private final ServiceApplications applications;
	private final CaseHandling handling;
	private final ServiceCatalog catalog;
	private final ServiceHall hall;

	CaseDeskController(ServiceApplications applications, CaseHandling handling, ServiceCatalog catalog,
			ServiceHall hall) {
		this.hall = hall;
		this.applications = applications;
		this.handling = handling;
		this.catalog = catalog;
	}

	@GetMapping("/workbench/cases")
	String desk(@RequestParam(defaultValue = "desk") String tab, Authentication auth, Model model) {
		boolean window = has(auth, "ROLE_WINDOW");
		boolean overdue = "overdue".equals(tab);
		model.addAttribute("tab", overdue ? "overdue" : "desk");
		model.addAttribute("window", window);
		model.addAttribute("rows", overdue ? handling.overdue() : window ? handling.windowDesk() : handling.departmentDesk());
		return "services/desk";
	}

	@GetMapping("/workbench/cases/register")
	String registerForm(@RequestParam(required = false) String item, @RequestParam(required = false) Long ticket,
			Model model) {
		return register(item, new WalkInForm(item, null, null, null, List.of(), ticket), model);
	}

	@PostMapping("/workbench/cases/register")
	String register(@ModelAttribute("walkInForm") WalkInForm form, BindingResult errors, Model model) {
		try {
			CaseView view = handling.register(new WalkIn(form.item(), form.applicantName(), form.idNumber(),
					form.phone(), form.materials() == null ? List.of() : form.materials()));
			if (form.ticket() != null) {
				hall.served(form.ticket(), view.caseNo());
			}
			return "redirect:/workbench/cases/" + view.caseNo();
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "applicantName");
		}
		return register(form.item(), form, model);
	}

	private String register(String item, WalkInForm form, Model model) {
		model.addAttribute("items", catalog.find(ItemQuery.ALL));
		model.addAttribute("item", item == null || item.isBlank() ? null : catalog.get(item));
		model.addAttribute("walkInForm", form);
		return "services/register";
	}

	@GetMapping("/workbench/cases/{caseNo}")
	String one(@PathVariable String caseNo, Model model) {
		return page(applications.view(caseNo), StepForm.EMPTY, null, model);
	}

	@PostMapping("/workbench/cases/{caseNo}/{action}")
	String step(@PathVariable String caseNo, @PathVariable String action, @ModelAttribute("stepForm") StepForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			take(caseNo, action, form);
			redirect.addFlashAttribute("flash", "services.flash.step." + action);
			return "redirect:/workbench/cases/" + caseNo;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, null);
		}
		return page(applications.view(caseNo), form, action, model);
	}

	@GetMapping("/workbench/cases/{caseNo}/notices/{kind}.pdf")
	ResponseEntity<byte[]> notice(@PathVariable String caseNo, @PathVariable String kind) {
		return MyCasesController.pdf(caseNo + "-" + kind + ".pdf", applications.notice(caseNo, kind));
	}

	private void take(String caseNo, String action, StepForm f) {
		switch (action) {
			case "accept" -> handling.accept(caseNo);
			case "notice" -> handling.notice(caseNo, f.missing() == null ? List.of() : f.missing(), f.note());
			case "refuse" -> handling.refuse(caseNo, f.reason());
			case "green-channel" -> handling.greenChannel(caseNo, f.agent());
			case "pause" -> handling.pause(caseNo, f.reason());
			case "resume" -> handling.resume(caseNo);
			case "review" -> handling.reviewed(caseNo);
			case "decide" -> handling.decide(caseNo, f.approved(), f.reason());
			case "fee" -> handling.charge(caseNo, f.amountValue(), Boolean.TRUE.equals(f.waived()), f.basis());
			case "fee-paid" -> handling.feePaid(caseNo);
			case "certify" -> handling.certify(caseNo);
			case "deliver" -> handling.deliver(caseNo, f.method(), f.trackingNo());
			default -> throw new org.yangguang.shared.NotFoundException("services.error.noNotice", action);
		}
	}

	private String page(CaseView view, StepForm form, String action, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("stepForm", form);
		model.addAttribute("stepAction", action);
		model.addAttribute("decisions", CaseForms.decisions());
		model.addAttribute("deliveries", CaseForms.deliveries());
		return "services/case";
	}

	private static boolean has(Authentication auth, String authority) {
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}
}
