package org.yangguang.services.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.services.CaseView;
import org.yangguang.services.MaterialLibrary;
import org.yangguang.services.PublishedItem;
import org.yangguang.services.ServiceApplications;
import org.yangguang.services.ServiceCatalog;
import org.yangguang.services.ServiceRatings;
import org.yangguang.services.web.CaseForms.ApplyForm;
import org.yangguang.services.web.CaseForms.RatingForm;
import org.yangguang.services.web.CaseForms.SupplementForm;
import org.yangguang.services.web.CaseForms.UploadForm;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.NotFoundException;

/**
 * 我的办件 — a citizen applies online, follows their own cases with every notice, supplements after a one-time
 * notice and rates the service. Someone else's case is not found (404).
 */
@Controller
class MyCasesController {

	private final ServiceApplications applications;
	private final ServiceCatalog catalog;
	private final ServiceRatings ratings;
	private final MaterialLibrary library;

	MyCasesController(ServiceApplications applications, ServiceCatalog catalog, ServiceRatings ratings,
			MaterialLibrary library) {
		this.library = library;
		this.applications = applications;
		this.catalog = catalog;
		this.ratings = ratings;
	}

	@GetMapping("/services/items/{code}/apply")
	String applyForm(@PathVariable String code, Model model) {
		return apply(catalog.get(code), new ApplyForm(List.of(), List.of()), model);
	}

	@PostMapping("/services/items/{code}/apply")
	String apply(@PathVariable String code, @ModelAttribute("applyForm") ApplyForm form, BindingResult errors,
			Model model) {
		try {
			CaseView view = applications.apply(code, form.ticked(), form.files());
			return "redirect:/account/cases/" + view.caseNo() + "?submitted";
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "materials");
		}
		return apply(catalog.get(code), form, model);
	}

	private String apply(PublishedItem item, ApplyForm form, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("applyForm", form);
		model.addAttribute("library", library.mine());
		return "services/apply";
	}

	@GetMapping("/account/cases")
	String mine(Model model) {
		model.addAttribute("rows", applications.mine());
		model.addAttribute("certificates", applications.certificates());
		return "services/mine";
	}

	@GetMapping("/account/cases/{caseNo}")
	String one(@PathVariable String caseNo, Model model,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String submitted) {
		if (submitted != null) {
			model.addAttribute("flash", "services.flash.submitted");
		}
		return page(own(caseNo), model);
	}

	@PostMapping("/account/cases/{caseNo}/supplement")
	String supplement(@PathVariable String caseNo, @ModelAttribute("supplementForm") SupplementForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		own(caseNo);
		try {
			applications.supplement(caseNo, form.materials() == null ? List.of() : form.materials());
			redirect.addFlashAttribute("flash", "services.flash.supplemented");
			return "redirect:/account/cases/" + caseNo;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "materials");
		}
		return page(own(caseNo), model);
	}

	@PostMapping("/account/cases/{caseNo}/rating")
	String rate(@PathVariable String caseNo, @ModelAttribute("ratingForm") RatingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		own(caseNo);
		try {
			ratings.rate(caseNo, form.level() == null ? 0 : form.level(), form.comment(), "portal");
			redirect.addFlashAttribute("flash", "services.flash.rated");
			return "redirect:/account/cases/" + caseNo;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "level");
		}
		return page(own(caseNo), model);
	}

	@GetMapping("/account/materials")
	String materials(Model model) {
		model.addAttribute("files", library.mine());
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", new UploadForm(null));
		}
		return "services/materials";
	}

	@PostMapping("/account/materials")
	String upload(@ModelAttribute("uploadForm") UploadForm form, BindingResult errors,
			@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			Model model, RedirectAttributes redirect) throws java.io.IOException {
		try {
			library.upload(form.name(), file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("flash", "services.flash.uploaded");
			return "redirect:/account/materials";
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "name");
		}
		return materials(model);
	}

	@GetMapping("/account/materials/{id}")
	ResponseEntity<byte[]> material(@PathVariable long id) {
		return MaterialLibraryApiController.download(library.own(id));
	}

	@GetMapping("/account/cases/{caseNo}/notices/{kind}.pdf")
	ResponseEntity<byte[]> notice(@PathVariable String caseNo, @PathVariable String kind) {
		own(caseNo);
		return pdf(caseNo + "-" + kind + ".pdf", applications.notice(caseNo, kind));
	}

	private CaseView own(String caseNo) {
		CaseView view = applications.view(caseNo);
		if (!view.applicantView()) {
			throw new NotFoundException("services.error.caseNotFound", caseNo);
		}
		return view;
	}

	private String page(CaseView view, Model model) {
		model.addAttribute("view", view);
		var given = ratings.ofCase(view.caseNo());
		model.addAttribute("ratings", given);
		model.addAttribute("mayRate", view.may("rate") && given.stream().noneMatch(r -> r.channel().equals("portal")));
		model.addAttribute("levels", CaseForms.levels());
		if (!model.containsAttribute("supplementForm")) {
			model.addAttribute("supplementForm", new SupplementForm(List.of()));
		}
		if (!model.containsAttribute("ratingForm")) {
			model.addAttribute("ratingForm", new RatingForm(null, null));
		}
		return "services/mine-one";
	}

	static ResponseEntity<byte[]> pdf(String name, byte[] content) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
			.header("X-Content-Type-Options", "nosniff").body(content);
	}
}
