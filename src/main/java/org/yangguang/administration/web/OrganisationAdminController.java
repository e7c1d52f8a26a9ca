package org.yangguang.administration.web;

import java.util.List;

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
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.OrganisationTreeNode;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** 机构管理 — the administrator's pages for the organisation tree. */
@Controller
@RequestMapping("/workbench/admin/organisations")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationAdminController {

	private final Organisations organisations;
	private final JsonMapper json;

	OrganisationAdminController(Organisations organisations, JsonMapper json) {
		this.organisations = organisations;
		this.json = json;
	}

	record CreateForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
			@NotNull OrganisationKind kind, Long parentId, String address, String phone, String officeHours) {
	}

	record EditForm(@NotBlank @Size(max = 200) String name, @Size(max = 300) String address,
			@Size(max = 60) String phone, @Size(max = 200) String officeHours, @Size(max = 200) String email,
			@Size(max = 18) String creditCode, String reason, boolean acceptsApplications) {
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CreateForm("", "", OrganisationKind.DEPARTMENT, null, "", "", ""));
		}
		return listView(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CreateForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Organisation o = organisations.create(new NewOrganisation(form.code().trim(), form.name().trim(),
						form.kind(), form.parentId(), null,
						new Organisation.Contact(form.address(), form.phone(), form.officeHours(), null), 0));
				redirect.addFlashAttribute("flash", "admin.saved");
				return "redirect:/workbench/admin/organisations/" + o.id();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
		}
		return listView(model);
	}

	@PostMapping("/import")
	String importTree(@RequestParam(required = false) Long parentId, @RequestParam String tree, Model model,
			RedirectAttributes redirect) {
		try {
			List<OrganisationTreeNode> roots = tree.trim().startsWith("[")
					? json.readValue(tree, new TypeReference<List<OrganisationTreeNode>>() {
					})
					: List.of(json.readValue(tree, OrganisationTreeNode.class));
			var result = organisations.importTree(parentId, roots);
			redirect.addFlashAttribute("importResult", result);
			redirect.addFlashAttribute("flash", "admin.imported");
			return "redirect:/workbench/admin/organisations";
		}
		catch (JacksonException e) {
			model.addAttribute("importError", "admin.import.invalidJson");
		}
		catch (RuleViolationException e) {
			model.addAttribute("importError", e.messageKey());
		}
		model.addAttribute("form", new CreateForm("", "", OrganisationKind.DEPARTMENT, parentId, "", "", ""));
		model.addAttribute("tree", tree);
		return listView(model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Organisation o = organisations.get(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new EditForm(o.name(), o.contact().address(), o.contact().phone(),
					o.contact().officeHours(), o.contact().email(), o.creditCode(), "", o.acceptsApplications()));
		}
		return editView(o, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EditForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Organisation o = organisations.get(id);
		if (!errors.hasErrors()) {
			try {
				if (!o.name().equals(form.name().trim())) {
					organisations.rename(id, form.name().trim(), form.reason());
				}
				organisations.updateContact(id, new Organisation.Contact(form.address(), form.phone(),
						form.officeHours(), form.email()), blankToNull(form.creditCode()));
				organisations.setAcceptsApplications(id, form.acceptsApplications(), form.reason());
				redirect.addFlashAttribute("flash", "admin.saved");
				return "redirect:/workbench/admin/organisations/" + id;
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
		}
		return editView(o, model);
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam long parentId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> organisations.move(id, parentId, reason));
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> organisations.retire(id, reason));
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", "admin.saved");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("actionError", e.messageKey());
			redirect.addFlashAttribute("actionErrorArgs", e.args());
		}
		return "redirect:/workbench/admin/organisations/" + id;
	}

	private String listView(Model model) {
		model.addAttribute("organisations", organisations.inTreeOrder());
		model.addAttribute("kinds", OrganisationKind.values());
		return "administration/organisations";
	}

	private String editView(Organisation o, Model model) {
		model.addAttribute("organisation", o);
		model.addAttribute("parents", organisations.inTreeOrder().stream()
			.filter(p -> !p.retired() && !p.isWithin(o)).toList());
		return "administration/organisation";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
