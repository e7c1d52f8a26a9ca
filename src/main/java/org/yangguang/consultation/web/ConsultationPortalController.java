package org.yangguang.consultation.web;

import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.consultation.CommentView;
import org.yangguang.consultation.ConsultationComments;
import org.yangguang.consultation.ConsultationFigures;
import org.yangguang.consultation.ConsultationPhase;
import org.yangguang.consultation.Consultations;
import org.yangguang.consultation.web.ConsultationForms.CommentForm;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;

/**
 * The public's consultation pages: drafts open for comment (and those coming and ended), one draft article by article
 * with the comment form, the adoption report, and a citizen's own comments with what became of them.
 */
@Controller
class ConsultationPortalController {

	private final Consultations consultations;
	private final ConsultationComments comments;
	private final ConsultationFigures figures;

	ConsultationPortalController(Consultations consultations, ConsultationComments comments,
			ConsultationFigures figures) {
		this.consultations = consultations;
		this.comments = comments;
		this.figures = figures;
	}

	@GetMapping("/consultation")
	String section() {
		return "redirect:/consultations";
	}

	@GetMapping("/consultations")
	String list(@RequestParam(required = false) String phase, Model model) {
		ConsultationPhase chosen = Arrays.stream(ConsultationPhase.values()).filter(p -> p.key().equals(phase))
			.findFirst().orElse(null);
		model.addAttribute("phase", chosen == null ? "all" : chosen.key());
		model.addAttribute("rows", consultations.published(chosen));
		model.addAttribute("stats", figures.statistics(null, null));
		return "consultation/list";
	}

	@GetMapping("/consultations/{id}")
	String page(@PathVariable long id, Model model) {
		return page(id, CommentForm.EMPTY, model);
	}

	private String page(long id, CommentForm form, Model model) {
		model.addAttribute("view", consultations.view(id));
		model.addAttribute("commentForm", form);
		return "consultation/page";
	}

	@PostMapping("/consultations/{id}/comments")
	String comment(@PathVariable long id, @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		try {
			CommentView c = comments.comment(id, form.article(), form.text());
			redirect.addFlashAttribute("flash", "consultation.flash.commented");
			redirect.addFlashAttribute("flashArgs", new Object[] { c.id() });
			return "redirect:/consultations/" + id + "#my-comments";
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "text");
		}
		return page(id, form, model);
	}

	@GetMapping("/consultations/{id}/report")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("view", consultations.view(id));
		model.addAttribute("report", comments.report(id));
		return "consultation/report";
	}

	@GetMapping("/account/consultations")
	String mine(Model model) {
		model.addAttribute("comments", comments.mine());
		return "consultation/mine";
	}
}
