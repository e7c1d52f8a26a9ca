package org.yangguang.annualreport.web;

import java.time.LocalDate;
import java.util.Arrays;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.AnnualReporting;
import org.yangguang.annualreport.DisclosureCases;
import org.yangguang.annualreport.ReportPublication;
import org.yangguang.annualreport.ReportStanding;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 年度报告编制 — the office's pages: the reports of a year in scope, and one report with its tables, checks, the
 * sections to write (with suggested paragraphs) and the one-click publication.
 */
@Controller
@RequestMapping("/workbench/reports")
@PreAuthorize("hasAnyRole('ADMIN','DISCLOSURE_OFFICE','CLERK','LEADER','WINDOW','OPERATOR','SUPERVISOR','AUDITOR')")
class ReportWorkbenchController {

	private static final String BASE = "/workbench/reports/";

	private final AnnualReporting reports;
	private final ReportFiles files;
	private final DisclosureCases cases;

	ReportWorkbenchController(AnnualReporting reports, ReportFiles files, DisclosureCases cases) {
		this.reports = reports;
		this.files = files;
		this.cases = cases;
	}

	/** A case about proactive disclosure to register, or the result of one to record. */
	record CaseForm(String kind, String subject, LocalDate filedOn, String result, LocalDate decidedOn) {
	}

	@PostMapping("/{code}/{year:\\d{4}}/cases")
	String registerCase(@PathVariable String code, @PathVariable int year, CaseForm form,
			RedirectAttributes redirect) {
		return caseStep(code, year, redirect, () -> cases.register(code, AppealKind.fromKey(form.kind()),
				form.subject(), form.filedOn()));
	}

	@PostMapping("/{code}/{year:\\d{4}}/cases/{id}/decision")
	String decideCase(@PathVariable String code, @PathVariable int year, @PathVariable long id, CaseForm form,
			RedirectAttributes redirect) {
		return caseStep(code, year, redirect, () -> cases.decide(id, AppealResult.fromKey(form.result()),
				form.decidedOn()));
	}

	/** A refused case step comes back as the error message above the list (the form is short). */
	private String caseStep(String code, int year, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", "annualreport.cases.saved");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("caseErrorKey", e.messageKey());
			redirect.addFlashAttribute("caseErrorArgs",
					Arrays.stream(e.args()).map(String::valueOf).toArray(String[]::new));
		}
		return "redirect:" + BASE + code + "/" + year + "#cases";
	}

	/** The year whose reports are listed; empty shows the last complete year. */
	record YearForm(Integer year) {
	}

	record ReopenForm(String reason) {
	}

	@GetMapping
	String list(@ModelAttribute("yearForm") YearForm form, BindingResult errors, Model model) {
		int shown = reports.lastCompleteYear();
		if (!errors.hasErrors() && form.year() == null) {
			YearForm lastYear = new YearForm(shown);
			model.addAttribute("yearForm", lastYear);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "yearForm",
					new BeanPropertyBindingResult(lastYear, "yearForm"));
		}
		else if (!errors.hasErrors()) {
			try {
				reports.requireYear(form.year());
				shown = form.year();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
		}
		model.addAttribute("year", shown);
		model.addAttribute("statuses", reports.statusesInScope(shown));
		return "annualreport/workbench-list";
	}

	@GetMapping("/{code}/{year:\\d{4}}")
	String report(@PathVariable String code, @PathVariable int year, Model model, Locale locale) {
		return page(reports.report(code, year), model, locale);
	}

	@PostMapping("/{code}/{year:\\d{4}}/sections")
	String saveSections(@PathVariable String code, @PathVariable int year,
			@ModelAttribute("sectionsForm") SectionsForm form, BindingResult errors,
			@RequestParam(required = false) String insert, Model model, Locale locale, RedirectAttributes redirect) {
		if (insert != null) {
			AnnualReport report = reports.report(code, year);
			SectionsForm inserted = form.inserting(insert, reports.suggestedParagraph(report, insert, locale));
			model.addAttribute("sectionsForm", inserted);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "sectionsForm",
					new BeanPropertyBindingResult(inserted, "sectionsForm"));
			return page(report, model, locale);
		}
		try {
			reports.saveSections(code, year, form.draft());
			redirect.addFlashAttribute("flash", "annualreport.saved");
			return "redirect:" + BASE + code + "/" + year;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
		}
		catch (IllegalTransitionException e) {
			errors.reject(e.messageKey(), e.args(), e.messageKey());
		}
		return page(reports.report(code, year), model, locale);
	}

	@PostMapping("/{code}/{year:\\d{4}}/publish")
	String publish(@PathVariable String code, @PathVariable int year, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			ReportPublication publication = reports.publish(code, year);
			redirect.addFlashAttribute("flash", publication.late() ? "annualreport.published.late"
					: "annualreport.published");
			return "redirect:" + BASE + code + "/" + year;
		}
		catch (RuleViolationException e) {
			AnnualReport report = reports.report(code, year);
			SectionsForm form = SectionsForm.of(report.sections());
			BindingResult errors = new BeanPropertyBindingResult(form, "sectionsForm");
			FormErrors.reject(errors, e);
			model.addAttribute("sectionsForm", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "sectionsForm", errors);
			return page(report, model, locale);
		}
	}

	@PostMapping("/{code}/{year:\\d{4}}/reopen")
	String reopen(@PathVariable String code, @PathVariable int year, @ModelAttribute("reopenForm") ReopenForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			reports.reopen(code, year, form.reason());
			redirect.addFlashAttribute("flash", "annualreport.reopened");
			return "redirect:" + BASE + code + "/" + year;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return page(reports.report(code, year), model, locale);
		}
	}

	@GetMapping("/{code}/{year:\\d{4}}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable int year, Locale locale) {
		return files.pdf(reports.report(code, year), locale);
	}

	@GetMapping("/{code}/{year:\\d{4}}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable int year, Locale locale) {
		return files.xlsx(reports.report(code, year), locale);
	}

	private String page(AnnualReport report, Model model, Locale locale) {
		ReportStanding standing = reports.standing(report);
		model.addAttribute("report", report);
		model.addAttribute("scopeSize", standing.scopeSize());
		model.addAttribute("yearNotOver", standing.yearNotOver());
		model.addAttribute("overdue", standing.overdue());
		model.addAttribute("failedChecks", CheckLine.failed(report.checks()));
		model.addAttribute("mayWrite", standing.mayWrite());
		model.addAttribute("mayPublish", standing.mayPublish());
		model.addAttribute("mayReopen", standing.mayReopen());
		if (!model.containsAttribute("reopenForm")) {
			model.addAttribute("reopenForm", new ReopenForm(""));
		}
		if (!model.containsAttribute("sectionsForm")) {
			model.addAttribute("sectionsForm", SectionsForm.of(report.sections()));
		}
		model.addAttribute("cases", standing.mayWrite() || standing.mayPublish()
				? cases.ofYear(report.organisation().code(), report.year()) : null);
		model.addAttribute("suggestedOverview", reports.suggestedParagraph(report, "overview", locale));
		model.addAttribute("suggestedOtherMatters", reports.suggestedParagraph(report, "otherMatters", locale));
		return "annualreport/workbench-report";
	}
}
