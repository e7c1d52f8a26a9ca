package org.yangguang.services.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.services.ServiceRatings;
import org.yangguang.shared.DomainException;

/** 差评整改 — the department verifies each bad rating: rectified, unfounded or appealed; a supervisor reviews appeals. */
@Controller
class RatingDeskController {

	private final ServiceRatings ratings;

	RatingDeskController(ServiceRatings ratings) {
		this.ratings = ratings;
	}

	@GetMapping("/workbench/ratings")
	String desk(Authentication auth, Model model) {
		model.addAttribute("ratings", ratings.toHandle());
		model.addAttribute("supervisor", auth.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_SUPERVISOR")));
		return "services/rating-desk";
	}

	@PostMapping("/workbench/ratings/{id}")
	String handle(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String note,
			Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "rectify" -> ratings.rectify(id, note);
				case "unfounded" -> ratings.explainUnfounded(id, note);
				case "appeal" -> ratings.appeal(id, note);
				case "uphold" -> ratings.reviewAppeal(id, true, note);
				default -> ratings.reviewAppeal(id, false, note);
			}
			redirect.addFlashAttribute("flash", "services.flash.rating." + action);
			return "redirect:/workbench/ratings";
		}
		catch (DomainException e) {
			model.addAttribute("error", e);
			return desk(auth, model);
		}
	}
}
