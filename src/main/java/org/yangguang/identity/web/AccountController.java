package org.yangguang.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/** The signed-in user's own pages: landing after login, profile (masked), password change. */
@Controller
class AccountController {

	private final Identity identity;
	private final Accounts accounts;

	AccountController(Identity identity, Accounts accounts) {
		this.identity = identity;
		this.accounts = accounts;
	}

	/** After sign-in: staff go to the workbench, citizens to their own page. */
	@GetMapping("/account/landing")
	String landing() {
		return identity.requireUser().staff() ? "redirect:/workbench" : "redirect:/account";
	}

	@GetMapping("/account")
	String account(Model model) {
		CurrentUser user = identity.requireUser();
		model.addAttribute("user", user);
		accounts.ownProfile(user.id()).map(MaskedProfile::of).ifPresent(p -> model.addAttribute("profile", p));
		return "identity/account";
	}

	record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword,
			@NotBlank String confirmPassword) {
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "identity/password";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
			errors.rejectValue("confirmPassword", "identity.error.passwordsDiffer");
		}
		if (!errors.hasErrors()) {
			try {
				accounts.changePassword(identity.requireUser().id(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("flash", "identity.password.changed");
				return "redirect:/account";
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
		}
		return "identity/password";
	}
}
