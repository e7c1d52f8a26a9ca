package org.yangguang.consultation.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.consultation.HearingKind;
import org.yangguang.consultation.HearingView;
import org.yangguang.consultation.Hearings;
import org.yangguang.consultation.NewHearing;
import org.yangguang.consultation.SelectionRule;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.NotFoundException;

/**
 * Hearings and press conferences: the public list and page (where a signed-in citizen registers), and the staff's
 * announcement form, selection and published record on the same page.
 */
@Controller
class HearingPageController {

	private final Hearings hearings;

	HearingPageController(Hearings hearings) {
		this.hearings = hearings;
	}

	record HearingForm(String kind, String title, String org, Long consultation, LocalDateTime heldAt, String place,
			Integer capacity, String rule, LocalDate registrationClosesOn, String materials, String statement,
			String transcript, String videoUrl) {

		static final HearingForm EMPTY = new HearingForm("hearing", null, null, null, null, null, 20, "first-come",
				null, null, null, null, null);
	}

	@GetMapping("/hearings")
	String list(Model model) {
		model.addAttribute("hearings", hearings.all());
		return "consultation/hearings";
	}

	@GetMapping("/hearings/{id}")
	String one(@PathVariable long id, Model model) {
		return page(hearings.view(id), HearingForm.EMPTY, model);
	}

	private String page(HearingView v, HearingForm form, Model model) {
		model.addAttribute("view", v);
		model.addAttribute("hearingForm", form);
		return "consultation/hearing";
	}

	@PostMapping("/hearings/{id}/{action}")
	String step(@PathVariable long id, @PathVariable String action, @ModelAttribute("hearingForm") HearingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "register" -> hearings.register(id, form.statement());
				case "select" -> hearings.select(id);
				case "record" -> hearings.publishRecord(id, form.transcript(), form.videoUrl());
				default -> throw new NotFoundException("consultation.hearing.error.notFound", id);
			}
			redirect.addFlashAttribute("flash", "consultation.hearing.flash." + action);
			return "redirect:/hearings/" + id;
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "statement");
		}
		return page(hearings.view(id), form, model);
	}

	@GetMapping("/workbench/hearings/new")
	String newForm(Model model) {
		model.addAttribute("hearingForm", HearingForm.EMPTY);
		return "consultation/hearing-form";
	}

	@PostMapping("/workbench/hearings/new")
	String announce(@ModelAttribute("hearingForm") HearingForm f, BindingResult errors, Model model) {
		try {
			HearingView v = hearings.announce(new NewHearing(HearingKind.of(f.kind()).orElse(null), f.title(), f.org(),
					f.consultation(), f.heldAt(), f.place(), f.capacity() == null ? 0 : f.capacity(),
					SelectionRule.of(f.rule()).orElse(null), f.registrationClosesOn(), f.materials()));
			return "redirect:/hearings/" + v.id();
		}
		catch (DomainException e) {
			FormErrors.reject(errors, e, "title");
		}
		return "consultation/hearing-form";
	}
}
