package org.yangguang.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			Model model) {
		if (error != null) {
			model.addAttribute("loginError", switch (error) {
				case "locked" -> "login.error.locked";
				case "disabled" -> "login.error.disabled";
				default -> "login.error.bad";
			});
		}
		model.addAttribute("loggedOut", logout != null);
		return "identity/login";
	}
}
