package org.yangguang.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.identity.CitizenRegistration;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/** Citizen self-registration, as a natural person (自然人) or an organisation (法人或其他组织). */
@Controller
class RegistrationController {

	private final Accounts accounts;

	RegistrationController(Accounts accounts) {
		this.accounts = accounts;
	}

	record RegistrationForm(@NotNull CitizenProfile.ApplicantKind applicantKind, @NotBlank String username,
			@NotBlank String password, @NotBlank String confirmPassword, @Size(max = 100) String realName,
			String idType, @Size(max = 40) String idNumber, @Size(max = 200) String orgName, String creditCode,
			String orgType, @Size(max = 100) String contactName, @NotBlank String mobile,
			@Size(max = 200) String email, @Size(max = 300) String address) {

		static RegistrationForm empty() {
			return new RegistrationForm(CitizenProfile.ApplicantKind.NATURAL_PERSON, "", "", "", "", "resident_id", "",
					"", "", "commercial", "", "", "", "");
		}

		CitizenRegistration toRegistration() {
			boolean person = applicantKind == CitizenProfile.ApplicantKind.NATURAL_PERSON;
			return new CitizenRegistration(username.trim(), password,
					new CitizenProfile(applicantKind, person ? trim(realName) : null, person ? idType : null,
							person ? upper(idNumber) : null, person ? null : trim(orgName),
							person ? null : upper(creditCode), person ? null : orgType,
							person ? null : trim(contactName), trim(mobile), trim(email), trim(address)));
		}

		private static String trim(String s) {
			return s == null || s.isBlank() ? null : s.trim();
		}

		private static String upper(String s) {
			return s == null || s.isBlank() ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
		}
	}

	@ModelAttribute("applicantKinds")
	Map<String, String> applicantKinds() {
		Map<String, String> options = new LinkedHashMap<>();
		for (CitizenProfile.ApplicantKind k : CitizenProfile.ApplicantKind.values()) {
			options.put(k.name(), "register.kind." + k.name());
		}
		return options;
	}

	@ModelAttribute("idTypes")
	Map<String, String> idTypes() {
		return options("register.idType.", "resident_id", "passport", "hk_macao_permit", "taiwan_permit");
	}

	@ModelAttribute("orgTypes")
	Map<String, String> orgTypes() {
		return options("register.orgType.", "commercial", "research", "public_interest", "legal_service", "other");
	}

	private static Map<String, String> options(String prefix, String... values) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String v : values) {
			options.put(v, prefix + v);
		}
		return options;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return "identity/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("password") && form.password() != null
				&& !form.password().equals(form.confirmPassword())) {
			errors.rejectValue("confirmPassword", "identity.error.passwordsDiffer");
		}
		if (!errors.hasErrors()) {
			try {
				accounts.registerCitizen(form.toRegistration());
				redirect.addFlashAttribute("flash", "identity.registered");
				return "redirect:/login";
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
		}
		return "identity/register";
	}
}
