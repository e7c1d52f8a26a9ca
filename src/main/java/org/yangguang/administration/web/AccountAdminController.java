package org.yangguang.administration.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
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
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.identity.StaffAccount;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/** 账号管理 — staff accounts (organisation, roles, enabled, unlock, password reset) and the list of citizens. */
@Controller
@RequestMapping("/workbench/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private static final int PAGE_SIZE = 50;

	private final Accounts accounts;
	private final Organisations organisations;

	AccountAdminController(Accounts accounts, Organisations organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
	}

	record StaffForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String displayName,
			@NotNull Long organisationId, Set<Role> roles, String password, boolean enabled,
			boolean disclosureHead) {
	}

	@ModelAttribute("staffRoles")
	Map<String, String> staffRoles() {
		Map<String, String> roles = new LinkedHashMap<>();
		Role.STAFF.forEach(r -> roles.put(r.name(), "role." + r.name()));
		return roles;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "staff") String tab, Model model) {
		int p = Math.max(0, page);
		model.addAttribute("q", q);
		model.addAttribute("page", p);
		model.addAttribute("tab", tab);
		if ("citizens".equals(tab)) {
			model.addAttribute("citizens", accounts.citizenPage(q, p, PAGE_SIZE));
		}
		else {
			model.addAttribute("staff", accounts.staffPage(null, q, p, PAGE_SIZE));
			model.addAttribute("orgNames", orgNames());
		}
		model.addAttribute("pageSize", PAGE_SIZE);
		return "administration/accounts";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new StaffForm("", "", null, EnumSet.noneOf(Role.class), "", true, false));
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				long id = accounts.createStaff(form.username().trim(), form.displayName().trim(),
						form.organisationId(), roles(form), form.password());
				redirect.addFlashAttribute("flash", "admin.saved");
				return "redirect:/workbench/admin/accounts/" + id;
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
		}
		return formView(model, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		StaffAccount a = staff(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new StaffForm(a.username(), a.displayName(), a.organisationId(), a.roles(), "",
					a.enabled(), accounts.isDisclosureHead(id)));
		}
		return formView(model, a);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		StaffAccount a = staff(id);
		if (!errors.hasErrors()) {
			try {
				accounts.updateStaff(id, form.displayName().trim(), form.organisationId(), roles(form),
						form.enabled());
				accounts.setDisclosureHead(id, form.disclosureHead());
				if (form.password() != null && !form.password().isBlank()) {
					accounts.resetPassword(id, form.password());
				}
				redirect.addFlashAttribute("flash", "admin.saved");
				return "redirect:/workbench/admin/accounts/" + id;
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
		}
		return formView(model, a);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(staff(id).id());
		redirect.addFlashAttribute("flash", "admin.unlocked");
		return "redirect:/workbench/admin/accounts/" + id;
	}

	private StaffAccount staff(long id) {
		return accounts.staff(id).orElseThrow(() -> new NotFoundException("identity.error.accountNotFound", id));
	}

	private static Set<Role> roles(StaffForm form) {
		return form.roles() == null ? EnumSet.noneOf(Role.class) : form.roles();
	}

	private String formView(Model model, StaffAccount account) {
		model.addAttribute("account", account);
		Map<String, String> orgOptions = new LinkedHashMap<>();
		organisations.inTreeOrder().stream().filter(o -> !o.retired())
			.forEach(o -> orgOptions.put(String.valueOf(o.id()), "\u3000".repeat(o.depth()) + o.name()));
		model.addAttribute("orgOptions", orgOptions);
		return "administration/account";
	}

	private Map<Long, String> orgNames() {
		Map<Long, String> names = new java.util.HashMap<>();
		for (Organisation o : organisations.all()) {
			names.put(o.id(), o.name());
		}
		return names;
	}
}
