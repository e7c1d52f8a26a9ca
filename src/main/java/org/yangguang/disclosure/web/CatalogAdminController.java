package org.yangguang.disclosure.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import jakarta.validation.Valid;

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
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.CatalogMaintenance;
import org.yangguang.disclosure.ColumnFreshness;
import org.yangguang.disclosure.Guide;
import org.yangguang.disclosure.Keyed;
import org.yangguang.organisation.Organisation;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/**
 * 目录与指南维护 — the disclosure office keeps each organisation's column tree (add, rename, retire columns) and its
 * disclosure guide current, for the organisations in its scope.
 */
@Controller
@RequestMapping("/workbench/disclosure")
@PreAuthorize("hasRole('DISCLOSURE_OFFICE')")
class CatalogAdminController {

	private static final String CATALOG = "redirect:/workbench/disclosure/catalog?org=";

	private final CatalogMaintenance catalog;
	private final MessageSource messages;

	CatalogAdminController(CatalogMaintenance catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	/** The office's form for a new column. */
	record ColumnForm(Long parentId, String name, String freshness, String description) {
	}

	/** The office's form for the guide. */
	record GuideForm(String officeName, String fax, String website, String body) {
	}

	@GetMapping("/catalog")
	String catalog(@RequestParam(required = false) String org, Model model) {
		Organisation organisation = catalog.maintained(org);
		if (!model.containsAttribute("columnForm")) {
			model.addAttribute("columnForm", new ColumnForm(null, null, ColumnFreshness.REGULAR.key(), null));
		}
		return view(organisation, model);
	}

	@PostMapping("/catalog/{code}/columns")
	String add(@PathVariable String code, @Valid @ModelAttribute("columnForm") ColumnForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = catalog.maintained(code);
		if (errors.hasErrors()) {
			return view(organisation, model);
		}
		try {
			catalog.add(organisation.id(), form.parentId(), form.name(),
					Keyed.parse(ColumnFreshness.class, form.freshness()).orElse(null), form.description());
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return view(organisation, model);
		}
		redirect.addFlashAttribute("flash", "disclosure.flash.columnAdded");
		return CATALOG + organisation.code();
	}

	@PostMapping("/catalog/columns/{id}/rename")
	String rename(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String description, RedirectAttributes redirect) {
		Organisation owner = catalog.owner(id);
		try {
			catalog.rename(id, name, description);
			redirect.addFlashAttribute("flash", "disclosure.flash.columnRenamed");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("catalogError", text(e));
		}
		return CATALOG + owner.code();
	}

	@PostMapping("/catalog/columns/{id}/retire")
	String retire(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Organisation owner = catalog.owner(id);
		try {
			catalog.retire(id, reason);
			redirect.addFlashAttribute("flash", "disclosure.flash.columnRetired");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("catalogError", text(e));
		}
		return CATALOG + owner.code();
	}

	@GetMapping("/guide")
	String guide(@RequestParam(required = false) String org, Model model) {
		Organisation organisation = catalog.maintained(org);
		Guide guide = catalog.guide(organisation.id());
		if (!model.containsAttribute("guideForm")) {
			model.addAttribute("guideForm", new GuideForm(guide.officeName(), guide.fax(), guide.website(),
					guide.bodyHtml()));
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("choices", catalog.choices());
		return "disclosure/staff/guide";
	}

	@PostMapping("/guide/{code}")
	String saveGuide(@PathVariable String code, @Valid @ModelAttribute("guideForm") GuideForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = catalog.maintained(code);
		try {
			catalog.updateGuide(organisation.id(), form.officeName(), form.fax(), form.website(), form.body());
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			model.addAttribute("organisation", organisation);
			model.addAttribute("choices", catalog.choices());
			return "disclosure/staff/guide";
		}
		redirect.addFlashAttribute("flash", "disclosure.flash.guideSaved");
		return "redirect:/workbench/disclosure/guide?org=" + organisation.code();
	}

	private String view(Organisation organisation, Model model) {
		List<CatalogColumn> columns = catalog.columns(organisation.id());
		model.addAttribute("organisation", organisation);
		model.addAttribute("columns", columns);
		model.addAttribute("names", columns.stream().collect(Collectors.toMap(CatalogColumn::id, CatalogColumn::name)));
		model.addAttribute("parents", FormOptions.parentColumns(columns));
		model.addAttribute("freshnessOptions", FormOptions.freshness());
		model.addAttribute("choices", catalog.choices());
		return "disclosure/staff/catalog";
	}

	private String text(RuleViolationException e) {
		return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
	}
}
