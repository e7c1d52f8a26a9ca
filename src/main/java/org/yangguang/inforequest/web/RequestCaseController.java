package org.yangguang.inforequest.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;
import org.yangguang.inforequest.FeeMethod;
import org.yangguang.inforequest.InformationRequests;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.ReplyCommand;
import org.yangguang.inforequest.ReplyType;
import org.yangguang.inforequest.RequestDesk;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.inforequest.RequestView;
import org.yangguang.inforequest.web.CaseForms.AppealForm;
import org.yangguang.inforequest.web.CaseForms.AssignForm;
import org.yangguang.inforequest.web.CaseForms.CorrectedForm;
import org.yangguang.inforequest.web.CaseForms.CorrectionForm;
import org.yangguang.inforequest.web.CaseForms.ExtendForm;
import org.yangguang.inforequest.web.CaseForms.FeeForm;
import org.yangguang.inforequest.web.CaseForms.OpinionForm;
import org.yangguang.inforequest.web.CaseForms.PaidForm;
import org.yangguang.inforequest.web.CaseForms.RefuseForm;
import org.yangguang.inforequest.web.CaseForms.ReplyForm;
import org.yangguang.inforequest.web.CaseForms.RevealForm;
import org.yangguang.inforequest.web.CaseForms.ThirdPartyForm;
import org.yangguang.inforequest.web.CaseForms.WithdrawForm;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 案件页 — one request on the workbench: status and deadline with its explanation, the applicant (masked; shown in
 * full on request, audited), the request, the timeline, and the actions allowed now, each saying who must approve.
 * A refused action comes back on the same page with the reason next to its field.
 */
@Controller
@RequestMapping("/workbench/requests/{trackingNo:YSQ\\d{10}}")
class RequestCaseController {

	private final InformationRequests applications;
	private final RequestHandling handling;
	private final RequestDesk desk;

	RequestCaseController(InformationRequests applications, RequestHandling handling, RequestDesk desk) {
		this.applications = applications;
		this.handling = handling;
		this.desk = desk;
	}

	@GetMapping
	String show(@PathVariable String trackingNo, Model model) {
		return page(trackingNo, model, null);
	}

	/** 查看个人信息 — shown on this response only, never stored in the session; the read is audited. */
	@PostMapping("/applicant")
	String reveal(@PathVariable String trackingNo, @ModelAttribute("revealForm") RevealForm form, Model model) {
		model.addAttribute("revealed", handling.revealApplicant(trackingNo, form.purpose()));
		return page(trackingNo, model, null);
	}

	@PostMapping("/assign")
	String assign(@PathVariable String trackingNo, @Valid @ModelAttribute("assignForm") AssignForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "assign", errors, model, redirect, "inforequest.flash.assigned",
				() -> handling.assign(trackingNo, form.agencyId()));
	}

	@PostMapping("/correction")
	String correction(@PathVariable String trackingNo, @ModelAttribute("correctionForm") CorrectionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "request-correction", errors, model, redirect, "inforequest.flash.correctionSent",
				() -> handling.requestCorrection(trackingNo, form.itemList(), form.dueOn()));
	}

	@PostMapping("/corrected")
	String corrected(@PathVariable String trackingNo, @ModelAttribute("correctedForm") CorrectedForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "receive-correction", errors, model, redirect, "inforequest.flash.corrected",
				() -> applications.submitCorrection(trackingNo, form.text(), form.receivedOn()));
	}

	@PostMapping("/close-no-correction")
	String closeNoCorrection(@PathVariable String trackingNo, @ModelAttribute("withdrawForm") WithdrawForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "close-no-correction", errors, model, redirect, "inforequest.flash.closed",
				() -> handling.closeForNoCorrection(trackingNo));
	}

	@PostMapping("/third-party")
	String thirdParty(@PathVariable String trackingNo, @ModelAttribute("thirdPartyForm") ThirdPartyForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "consult-third-party", errors, model, redirect, "inforequest.flash.thirdParty",
				() -> handling.consultThirdParty(trackingNo, form.party(), form.contact()));
	}

	@PostMapping("/third-party-reply")
	String opinion(@PathVariable String trackingNo, @ModelAttribute("opinionForm") OpinionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "record-third-party-opinion", errors, model, redirect, "inforequest.flash.opinion",
				() -> handling.recordThirdPartyOpinion(trackingNo, form.consents(), form.reason(), form.answeredOn()));
	}

	@PostMapping("/third-party-silent")
	String silent(@PathVariable String trackingNo, @ModelAttribute("withdrawForm") WithdrawForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "end-third-party-silence", errors, model, redirect, "inforequest.flash.opinion",
				() -> handling.endThirdPartySilence(trackingNo));
	}

	@PostMapping("/extend")
	String extend(@PathVariable String trackingNo, @ModelAttribute("extendForm") ExtendForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		String[] flash = { "inforequest.flash.extensionGranted" };
		String view = act(trackingNo, "extend", errors, model, redirect, null, () -> {
			if (handling.extend(trackingNo, form.workingDays(), form.reason()) != org.yangguang.inforequest.ExtensionRequest.Status.GRANTED) {
				flash[0] = "inforequest.flash.extensionProposed";
			}
		});
		redirect.addFlashAttribute("flash", flash[0]);
		return view;
	}

	@PostMapping("/extend/refuse")
	String refuse(@PathVariable String trackingNo, @ModelAttribute("refuseForm") RefuseForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "refuse-extension", errors, model, redirect, "inforequest.flash.extensionRefused",
				() -> handling.refuseExtension(trackingNo, form.reason()));
	}

	@PostMapping("/fee-notice")
	String fee(@PathVariable String trackingNo, @ModelAttribute("feeForm") FeeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		FeeMethod method = FeeMethod.fromKey(form.method());
		return act(trackingNo, "issue-fee-notice", errors, model, redirect, "inforequest.flash.feeNotice",
				() -> handling.issueFeeNotice(trackingNo, method, form.pages()));
	}

	@PostMapping("/fee-paid")
	String paid(@PathVariable String trackingNo, @ModelAttribute("paidForm") PaidForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return act(trackingNo, "record-payment", errors, model, redirect, "inforequest.flash.paid",
				() -> handling.recordPayment(trackingNo, form.paidOn()));
	}

	@PostMapping("/close-no-fee")
	String closeNoFee(@PathVariable String trackingNo, @ModelAttribute("withdrawForm") WithdrawForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "close-no-fee", errors, model, redirect, "inforequest.flash.closed",
				() -> handling.closeForNoFee(trackingNo));
	}

	@PostMapping("/reply")
	String reply(@PathVariable String trackingNo, @ModelAttribute("replyForm") ReplyForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		Outcome outcome = null;
		if (form.outcome() == null || form.outcome().isBlank()) {
			errors.rejectValue("outcome", "inforequest.error.outcomeRequired");
		}
		else {
			try {
				outcome = Outcome.fromKey(form.outcome());
			}
			catch (IllegalArgumentException e) {
				errors.rejectValue("outcome", "inforequest.error.outcomeRequired");
			}
		}
		ReplyType type = ReplyType.fromKey(form.replyType());
		if (type == null) {
			errors.rejectValue("replyType", "inforequest.error.replyTypeRequired");
		}
		List<ReplyCommand.Upload> uploads = uploads(files);
		Outcome chosen = outcome;
		return act(trackingNo, "reply", errors, model, redirect, "inforequest.flash.replied",
				() -> handling.reply(trackingNo, new ReplyCommand(chosen, type, form.ground(), form.body(),
						form.otherAgencyName(), form.otherAgencyContact(), uploads, form.withheldParts())));
	}

	@PostMapping("/appeal")
	String appeal(@PathVariable String trackingNo, @ModelAttribute("appealForm") AppealForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		AppealKind kind = AppealKind.fromKey(form.kind());
		AppealResult result = AppealResult.fromKey(form.result());
		return act(trackingNo, "record-appeal", errors, model, redirect, "inforequest.flash.appeal",
				() -> handling.recordAppeal(trackingNo, kind, form.filedOn(), result, form.decidedOn(), form.note()));
	}

	@PostMapping("/ask-for-reasons")
	String askForReasons(@PathVariable String trackingNo, @ModelAttribute("reasonsForm") CaseForms.ReasonsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "ask-for-reasons", errors, model, redirect, "inforequest.flash.reasonsAsked",
				() -> handling.askForReasons(trackingNo, form.reason()));
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable String trackingNo, @ModelAttribute("withdrawForm") WithdrawForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(trackingNo, "withdraw", errors, model, redirect, "inforequest.flash.withdrawn",
				() -> applications.withdraw(trackingNo, form.reason()));
	}

	@GetMapping("/letter.pdf")
	ResponseEntity<byte[]> letter(@PathVariable String trackingNo) {
		return MyRequestsController.download(applications.letter(trackingNo));
	}

	@GetMapping("/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String trackingNo, @PathVariable long fileId) {
		return MyRequestsController.download(applications.file(trackingNo, fileId));
	}

	/** Runs the action unless the form already has errors; on a refusal shows the case again with the reason. */
	private String act(String trackingNo, String form, BindingResult errors, Model model,
			RedirectAttributes redirect, String flash, Runnable action) {
		if (!errors.hasErrors()) {
			try {
				action.run();
				if (flash != null) {
					redirect.addFlashAttribute("flash", flash);
				}
				return "redirect:/workbench/requests/" + trackingNo;
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
			catch (IllegalTransitionException e) {
				errors.reject(e.messageKey(), e.args(), e.messageKey());
			}
		}
		return page(trackingNo, model, form);
	}

	private String page(String trackingNo, Model model, String openForm) {
		RequestView view = desk.caseFile(trackingNo);
		model.addAttribute("view", view);
		model.addAttribute("openForm", openForm);
		addIfMissing(model, "assignForm", new AssignForm(null));
		addIfMissing(model, "correctionForm", new CorrectionForm(null, null));
		addIfMissing(model, "correctedForm", new CorrectedForm(null, null));
		addIfMissing(model, "thirdPartyForm", new ThirdPartyForm(null, null));
		addIfMissing(model, "opinionForm", new OpinionForm(null, null, null));
		addIfMissing(model, "extendForm", new ExtendForm(null, null));
		addIfMissing(model, "refuseForm", new RefuseForm(null));
		addIfMissing(model, "feeForm", new FeeForm(FeeMethod.PER_APPLICATION.key(), null));
		addIfMissing(model, "paidForm", new PaidForm(null));
		addIfMissing(model, "replyForm", new ReplyForm(null, null, null, null, null, null, null, null, null, null, null, null));
		addIfMissing(model, "reasonsForm", new CaseForms.ReasonsForm(null));
		model.addAttribute("withheldGrounds", Options.withheldGrounds());
		addIfMissing(model, "appealForm", new AppealForm(null, null, AppealResult.PENDING.key(), null, null));
		addIfMissing(model, "withdrawForm", new WithdrawForm(null));
		addIfMissing(model, "revealForm", new RevealForm(null));
		model.addAttribute("assignable", Options.organisations(desk.assignableAgencies(view)));
		if (view.may("issue-fee-notice")) {
			model.addAttribute("feeQuote", handling.feeQuote(trackingNo, FeeMethod.PER_APPLICATION, null));
		}
		model.addAttribute("replyTypes", Options.replyTypes());
		model.addAttribute("outcomes", Options.outcomes());
		model.addAttribute("feeMethods", Options.feeMethods());
		model.addAttribute("appealKinds", Options.appealKinds());
		model.addAttribute("appealResults", Options.appealResults());
		return "inforequest/case";
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private static List<ReplyCommand.Upload> uploads(List<MultipartFile> files) {
		List<ReplyCommand.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile f : files) {
			if (f.isEmpty()) {
				continue;
			}
			try {
				String name = f.getOriginalFilename() == null ? "attachment" : f.getOriginalFilename();
				String type = f.getContentType() == null ? "application/octet-stream" : f.getContentType();
				uploads.add(new ReplyCommand.Upload(name, type, f.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}
}
