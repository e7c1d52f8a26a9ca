package org.yangguang.inforequest.web;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.InformationRequests;
import org.yangguang.inforequest.OnlineApplication;
import org.yangguang.inforequest.PublicProgress;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.shared.TooManyRequestsException;

/**
 * The public entrance of 依申请公开: the guide (how to apply, time limits, fees, remedies), progress by tracking
 * number, and the online application for signed-in citizens.
 */
@Controller
class RequestPortalController {

	private final InformationRequests applications;
	private final Identity identity;
	private final ProgressLookupLimit limit;

	RequestPortalController(InformationRequests applications, Identity identity, ProgressLookupLimit limit) {
		this.applications = applications;
		this.identity = identity;
		this.limit = limit;
	}

	@GetMapping("/requests")
	String guide(Model model) {
		model.addAttribute("signedIn", identity.currentUser().isPresent());
		model.addAttribute("trackForm", new TrackForm(null, null));
		return "inforequest/guide";
	}

	/** 进度查询: the tracking number and the last four digits of the contact phone; no personal data is shown. */
	record TrackForm(String no, String phone) {
	}

	@GetMapping("/requests/track")
	String track(@ModelAttribute("trackForm") TrackForm form, BindingResult errors, Model model,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		try {
			limit.consume(request.getRemoteAddr());
		}
		catch (TooManyRequestsException e) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
			errors.reject(e.messageKey(), e.args(), e.messageKey());
			return "inforequest/track";
		}
		if (form.no() == null || form.no().isBlank()) {
			errors.rejectValue("no", "inforequest.track.noRequired");
		}
		if (form.phone() == null || !form.phone().strip().matches("\\d{4}")) {
			errors.rejectValue("phone", "inforequest.track.phoneFormat");
		}
		if (!errors.hasErrors()) {
			Optional<PublicProgress> progress = applications.progress(form.no().strip().toUpperCase(),
					form.phone().strip());
			if (progress.isPresent()) {
				model.addAttribute("progress", progress.get());
			}
			else {
				errors.reject("inforequest.track.notFound");
			}
		}
		return "inforequest/track";
	}

	@GetMapping("/requests/apply")
	String applyForm(Model model) {
		requireCitizen();
		model.addAttribute("form", ApplyForm.empty());
		return apply(model);
	}

	@PostMapping("/requests/apply")
	String submit(@Valid @ModelAttribute("form") ApplyForm form, BindingResult errors, Model model) {
		requireCitizen();
		OnlineApplication application = form.read(errors);
		if (application != null) {
			try {
				RequestSnapshot s = applications.apply(application);
				return "redirect:/account/requests/" + s.trackingNo() + "/confirmation";
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e.field() != null && e.field().equals("agency")
						? RuleViolationException.onField("agencyId", e.messageKey(), e.args()) : e);
			}
		}
		return apply(model);
	}

	private String apply(Model model) {
		model.addAttribute("agencies", Options.organisations(applications.agencies()));
		model.addAttribute("applicantTypes", Options.applicantTypes());
		model.addAttribute("forms", Options.forms());
		model.addAttribute("routes", Options.routes());
		return "inforequest/apply";
	}

	/** Anonymous visitors are sent to sign in (and back); staff register applications on the workbench instead. */
	private CurrentUser requireCitizen() {
		CurrentUser user = identity.currentUser()
			.orElseThrow(() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
					"sign in to apply"));
		if (user.staff() || !user.has(Role.CITIZEN)) {
			throw new AccessDeniedException("only citizens apply online");
		}
		return user;
	}
}
