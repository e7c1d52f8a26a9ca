package org.yangguang.inforequest.web;

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
import org.yangguang.inforequest.InformationRequests;
import org.yangguang.inforequest.RequestFileContent;
import org.yangguang.inforequest.RequestView;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 我的申请 — the applicant's own requests: status, current deadline with its explanation, every notice sent, the
 * reply letter; a correction submitted online; withdrawal. Someone else's request is not found (404).
 */
@Controller
class MyRequestsController {

	private final InformationRequests applications;

	MyRequestsController(InformationRequests applications) {
		this.applications = applications;
	}

	record CorrectionForm(String text) {
	}

	record WithdrawForm(String reason) {
	}

	@GetMapping("/account/requests")
	String mine(Model model) {
		model.addAttribute("rows", applications.mine());
		return "inforequest/mine";
	}

	@GetMapping("/account/requests/{trackingNo}")
	String one(@PathVariable String trackingNo, Model model) {
		return page(own(trackingNo), model);
	}

	/** 提交成功 — shown after the application was committed. */
	@GetMapping("/account/requests/{trackingNo}/confirmation")
	String confirmation(@PathVariable String trackingNo, Model model) {
		model.addAttribute("view", own(trackingNo));
		return "inforequest/confirmation";
	}

	@PostMapping("/account/requests/{trackingNo}/correction")
	String correct(@PathVariable String trackingNo, @ModelAttribute("correctionForm") CorrectionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			applications.submitCorrection(trackingNo, form.text(), null);
			redirect.addFlashAttribute("flash", "inforequest.flash.corrected");
			return "redirect:/account/requests/" + trackingNo;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
		}
		catch (IllegalTransitionException e) {
			errors.reject(e.messageKey(), e.args(), e.messageKey());
		}
		return page(own(trackingNo), model);
	}

	@PostMapping("/account/requests/{trackingNo}/withdraw")
	String withdraw(@PathVariable String trackingNo, @ModelAttribute("withdrawForm") WithdrawForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			applications.withdraw(trackingNo, form.reason());
			redirect.addFlashAttribute("flash", "inforequest.flash.withdrawn");
			return "redirect:/account/requests/" + trackingNo;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
		}
		catch (IllegalTransitionException e) {
			errors.reject(e.messageKey(), e.args(), e.messageKey());
		}
		return page(own(trackingNo), model);
	}

	@GetMapping("/account/requests/{trackingNo}/letter.pdf")
	ResponseEntity<byte[]> letter(@PathVariable String trackingNo) {
		own(trackingNo);
		return download(applications.letter(trackingNo));
	}

	@GetMapping("/account/requests/{trackingNo}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String trackingNo, @PathVariable long fileId) {
		own(trackingNo);
		return download(applications.file(trackingNo, fileId));
	}

	/** The request, only if the signed-in user is its applicant (staff use the workbench). */
	private RequestView own(String trackingNo) {
		RequestView view = applications.view(trackingNo);
		if (!view.applicantView()) {
			throw new NotFoundException("inforequest.error.notFound", trackingNo);
		}
		return view;
	}

	private String page(RequestView view, Model model) {
		model.addAttribute("view", view);
		if (!model.containsAttribute("correctionForm")) {
			model.addAttribute("correctionForm", new CorrectionForm(null));
		}
		if (!model.containsAttribute("withdrawForm")) {
			model.addAttribute("withdrawForm", new WithdrawForm(null));
		}
		return "inforequest/mine-one";
	}

	static ResponseEntity<byte[]> download(RequestFileContent file) {
		String name = java.net.URLEncoder.encode(file.info().name(), java.nio.charset.StandardCharsets.UTF_8)
			.replace("+", "%20");
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.info().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name)
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}
}
