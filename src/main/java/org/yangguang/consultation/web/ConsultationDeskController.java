package org.yangguang.consultation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.consultation.CommentDecision;
import org.yangguang.consultation.CommentSource;
import org.yangguang.consultation.ConsultationComments;
import org.yangguang.consultation.ConsultationView;
import org.yangguang.consultation.Consultations;
import org.yangguang.consultation.DraftArticle;
import org.yangguang.consultation.FinalDecision;
import org.yangguang.consultation.ModerationReason;
import org.yangguang.consultation.NewConsultation;
import org.yangguang.consultation.web.ConsultationForms.DraftForm;
import org.yangguang.consultation.web.ConsultationForms.StepForm;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * The responsible organisation's workbench for consultations: the list, the drafting form (articles typed, pasted or
 * imported from Word or Markdown), and one page per consultation with its steps, the comments to moderate and decide,
 * offline comments to register, the adoption report and the final decision. A refused step comes back with what was
 * typed and the error summary on top.
 */
@Controller
class ConsultationDeskController {

	private final Consultations consultations;
	private final ConsultationComments comments;
	private final Organisations organisations;
	private final Identity identity;
	private final Clock clock;

	ConsultationDeskController(Consultations consultations, ConsultationComments comments, Organisations organisations,
			Identity identity, Clock clock) {
		this.consultations = consultations;
		this.comments = comments;
		this.organisations = organisations;
		this.identity = identity;
		this.clock = clock;
	}

	@GetMapping("/workbench/consultations")
	String desk(Model model) {
		model.addAttribute("rows", consultations.desk());
		return "consultation/desk";
	}

	@GetMapping("/workbench/consultations/new")
	String newForm(Model model) {
		CurrentUser user = identity.requireUser();
		String org = user.organisationId() == null ? null : organisations.get(user.organisationId()).code();
		return form(DraftForm.empty(org, LocalDate.now(clock)), null, model);
	}

	@PostMapping("/workbench/consultations/new")
	String create(@ModelAttribute("draftForm") DraftForm form, BindingResult errors, Model model) {
		try {
			ConsultationView v = consultations.create(draft(form));
			return "redirect:/workbench/consultations/" + v.id();
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "title");
		}
		return form(form, null, model);
	}

	@GetMapping("/workbench/consultations/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		ConsultationView v = consultations.view(id);
		if (!v.can("edit")) {
			return "redirect:/workbench/consultations/" + id;
		}
		return form(DraftForm.of(v), id, model);
	}

	@PostMapping("/workbench/consultations/{id}/edit")
	String revise(@PathVariable long id, @ModelAttribute("draftForm") DraftForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		try {
			consultations.revise(id, draft(form));
			redirect.addFlashAttribute("flash", "consultation.flash.saved");
			return "redirect:/workbench/consultations/" + id;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "title");
		}
		return form(form, id, model);
	}

	private NewConsultation draft(DraftForm f) {
		List<DraftArticle> articles;
		try {
			articles = f.file() != null && !f.file().isEmpty() ? consultations.importArticles(f.file().getBytes())
					: f.articlesText() == null || f.articlesText().isBlank() ? List.of()
							: consultations.splitArticles(f.articlesText());
		}
		catch (IOException e) {
			throw RuleViolationException.onField("file", "consultation.error.importDocx");
		}
		catch (RuleViolationException e) {
			throw RuleViolationException.onField("articlesText", "consultation.error.articlesRequired");
		}
		return new NewConsultation(f.title(), f.org(), f.background(), f.contact(), articles, f.opensOn(),
				f.closesOn(), f.reason(), Boolean.TRUE.equals(f.anonymousComments()));
	}

	private String form(DraftForm form, Long id, Model model) {
		model.addAttribute("draftForm", form);
		model.addAttribute("editing", id);
		model.addAttribute("organisations", organisations.inTreeOrder().stream()
			.filter(o -> !o.retired() && identity.covers(o.id())).toList());
		return "consultation/form";
	}

	@GetMapping("/workbench/consultations/{id}")
	String one(@PathVariable long id, Model model) {
		return page(consultations.view(id), StepForm.EMPTY, null, model);
	}

	@PostMapping("/workbench/consultations/{id}/{action}")
	String step(@PathVariable long id, @PathVariable String action, @ModelAttribute("stepForm") StepForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			take(id, action, form);
			redirect.addFlashAttribute("flash", "consultation.flash." + action);
			return "redirect:/workbench/consultations/" + id;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "note");
		}
		return page(consultations.view(id), form, action, model);
	}

	@PostMapping("/workbench/consultations/{id}/comments/{commentId}/{action}")
	String commentStep(@PathVariable long id, @PathVariable long commentId, @PathVariable String action,
			@ModelAttribute("stepForm") StepForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			switch (action) {
				case "decision" -> comments.decide(id, commentId, CommentDecision.of(form.decision()).orElse(null),
						form.reason());
				case "moderation" -> comments.moderate(id, commentId,
						ModerationReason.of(form.decision()).orElse(null), form.note());
				default -> throw new NotFoundException("consultation.error.commentNotFound", commentId);
			}
			redirect.addFlashAttribute("flash", "consultation.flash." + action);
			return "redirect:/workbench/consultations/" + id + "#comment-" + commentId;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "reason");
		}
		model.addAttribute("commentInError", commentId);
		return page(consultations.view(id), form, action, model);
	}

	private void take(long id, String action, StepForm f) {
		switch (action) {
			case "submit" -> consultations.submit(id);
			case "approve" -> consultations.review(id, true, f.note());
			case "return" -> consultations.review(id, false, f.note());
			case "publish" -> consultations.publish(id);
			case "close" -> consultations.close(id, f.reason());
			case "report" -> comments.publishReport(id);
			case "conclude" -> consultations.conclude(id,
					new FinalDecision(f.title(), f.docNo(), f.finalText(), f.url(), f.interpretation()));
			case "offline" -> comments.registerOffline(id, f.article(), f.text(),
					CommentSource.of(f.source()).orElse(null), f.author(), f.receivedOn());
			default -> throw new NotFoundException("consultation.error.notFound", id);
		}
	}

	private String page(ConsultationView v, StepForm form, String action, Model model) {
		model.addAttribute("view", v);
		model.addAttribute("stepForm", form);
		model.addAttribute("stepAction", action);
		model.addAttribute("report", v.status().isPublic() ? comments.report(v.id()) : null);
		model.addAttribute("sources", List.of(CommentSource.LETTER, CommentSource.SYMPOSIUM, CommentSource.EMAIL,
				CommentSource.PHONE, CommentSource.VISIT));
		model.addAttribute("moderationReasons", ModerationReason.values());
		return "consultation/manage";
	}
}
