package org.yangguang.disclosure.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.disclosure.ContentProblem;
import org.yangguang.disclosure.DocumentPage;
import org.yangguang.disclosure.DraftingChoices;
import org.yangguang.disclosure.ReviewDecision;
import org.yangguang.disclosure.StaffDesk;
import org.yangguang.disclosure.StaffDocumentView;
import org.yangguang.disclosure.StaffDocuments;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/**
 * 信息发布工作台 — the staff's disclosure pages: their desk (drafts, review queue, what waits for publication), the
 * edit form with errors next to the fields, and a document's page with its deadline, history, reviews and the
 * actions allowed now (with who must approve). Every rule is in {@link StaffDocuments}.
 */
@Controller
@RequestMapping("/workbench/disclosure")
@PreAuthorize("hasAnyRole('CLERK', 'LEADER', 'DISCLOSURE_OFFICE')")
class StaffDocumentController {

	private static final String BASE = "/workbench/disclosure/documents/";

	private final StaffDocuments documents;
	private final MessageSource messages;
	private final Clock clock;

	StaffDocumentController(StaffDocuments documents, MessageSource messages, Clock clock) {
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String index(@RequestParam(defaultValue = "mine") String tab, Model model) {
		StaffDesk desk = documents.desk(tab);
		model.addAttribute("tab", desk.tab());
		model.addAttribute("items", desk.items());
		model.addAttribute("judgements", desk.judgements());
		model.addAttribute("counts", desk.counts());
		model.addAttribute("reviewer", desk.reviewer());
		model.addAttribute("office", desk.office());
		model.addAttribute("published", desk.published());
		model.addAttribute("orgs", desk.organisations());
		return "disclosure/staff/index";
	}

	@GetMapping("/documents/new")
	String newDocument(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DocumentForm.blank(LocalDate.now(clock)));
		}
		return form(documents.homeOrganisation(), null, model);
	}

	@PostMapping("/documents")
	String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		long organisationId = documents.homeOrganisation();
		if (!check(organisationId, form, errors)) {
			return form(organisationId, null, model);
		}
		try {
			long id = documents.create(form.content());
			redirect.addFlashAttribute("flash", "disclosure.flash.created");
			return "redirect:" + BASE + id;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return form(organisationId, null, model);
		}
	}

	@GetMapping("/documents/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
		StaffDocumentView view = documents.document(id, version);
		model.addAttribute("page", view.page());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("history", view.history());
		model.addAttribute("reviews", view.reviews());
		model.addAttribute("allVersions", view.allVersions());
		model.addAttribute("returnReason", view.returnReason());
		model.addAttribute("may", view.may());
		model.addAttribute("amendmentOpen", view.amendmentOpen());
		model.addAttribute("reviewers", view.reviewers());
		model.addAttribute("explanation", view.explanation());
		model.addAttribute("judgement", view.judgement());
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", new ReviewForm(null, null, false, false));
		}
		return "disclosure/staff/document";
	}

	@GetMapping("/documents/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		DocumentPage page = documents.draft(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DocumentForm.of(page.version(), page.column().name()));
		}
		return form(page.document().organisationId(), page, model);
	}

	@PostMapping("/documents/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		DocumentPage page = documents.draft(id);
		long org = page.document().organisationId();
		if (!check(org, form, errors)) {
			return form(org, page, model);
		}
		try {
			documents.update(id, form.content());
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return form(org, page, model);
		}
		redirect.addFlashAttribute("flash", "disclosure.flash.saved");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/documents/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		documents.submit(id);
		redirect.addFlashAttribute("flash", "disclosure.flash.submitted");
		return "redirect:" + BASE + id;
	}

	/** The reviewer's decision: approve with both reviews ticked, or return with reasons. */
	record ReviewForm(String decision, String comment, Boolean confidentialityChecked, Boolean accuracyChecked) {

		ReviewDecision toDecision() {
			return new ReviewDecision("approve".equals(decision), comment, Boolean.TRUE.equals(confidentialityChecked),
					Boolean.TRUE.equals(accuracyChecked));
		}
	}

	@PostMapping("/documents/{id}/review")
	String review(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ReviewDecision decision = form.toDecision();
		try {
			documents.review(id, decision);
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return show(id, null, model);
		}
		redirect.addFlashAttribute("flash",
				decision.approve() ? "disclosure.flash.approved" : "disclosure.flash.returned");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/documents/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		documents.publish(id);
		redirect.addFlashAttribute("flash", "disclosure.flash.published");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/documents/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, () -> documents.withdraw(id, reason), "disclosure.flash.withdrawn", redirect);
	}

	@PostMapping("/documents/{id}/repeal")
	String repeal(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) LocalDate repealedOn, RedirectAttributes redirect) {
		return act(id, () -> documents.repeal(id, repealedOn, reason), "disclosure.flash.repealed", redirect);
	}

	@PostMapping("/documents/{id}/valid-until")
	String validUntil(@PathVariable long id, @RequestParam(required = false) LocalDate validUntil,
			RedirectAttributes redirect) {
		return act(id, () -> documents.setValidUntil(id, validUntil), "disclosure.flash.validUntil", redirect);
	}

	@PostMapping("/documents/{id}/amend")
	String amend(@PathVariable long id, @RequestParam(required = false) String changeNote,
			RedirectAttributes redirect) {
		documents.amend(id, changeNote);
		redirect.addFlashAttribute("flash", "disclosure.flash.amended");
		return "redirect:" + BASE + id + "/edit";
	}

	@PostMapping("/documents/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			documents.attach(id, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("attachmentError", text(e));
			return "redirect:" + BASE + id + "#attachments";
		}
		redirect.addFlashAttribute("flash", "disclosure.flash.attached");
		return "redirect:" + BASE + id + "#attachments";
	}

	@PostMapping("/documents/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		documents.detach(id, attachmentId);
		redirect.addFlashAttribute("flash", "disclosure.flash.detached");
		return "redirect:" + BASE + id + "#attachments";
	}

	/** Withdrawal and repeal: a refusal is shown at the top of the document's page. */
	private String act(long id, Runnable action, String flash, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("actionError", text(e));
		}
		return "redirect:" + BASE + id;
	}

	private String text(RuleViolationException e) {
		return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
	}

	/**
	 * Puts every problem of the content next to its field (unless binding already did), all at once; false on any
	 * error. The errors are added as they are: after a failed binding the form has no target to read values from.
	 */
	private boolean check(long organisationId, DocumentForm form, BindingResult errors) {
		for (ContentProblem p : documents.check(organisationId, form.content())) {
			if (!errors.hasFieldErrors(p.field())) {
				errors.addError(new FieldError(errors.getObjectName(), p.field(), errors.getFieldValue(p.field()),
						false, new String[] { p.messageKey() }, p.args(), p.messageKey()));
			}
		}
		return !errors.hasErrors();
	}

	private String form(long organisationId, DocumentPage page, Model model) {
		DraftingChoices choices = documents.choices(organisationId);
		model.addAttribute("page", page);
		model.addAttribute("organisation", choices.organisation());
		model.addAttribute("columns", FormOptions.columns(choices.columns()));
		model.addAttribute("topics", FormOptions.topics());
		model.addAttribute("genres", FormOptions.genres());
		model.addAttribute("classifications", FormOptions.classifications());
		model.addAttribute("grounds", FormOptions.grounds());
		return "disclosure/staff/form";
	}
}
