package org.yangguang.annualreport.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.AnnualReporting;
import org.yangguang.annualreport.internal.ReportText;
import org.yangguang.shared.RuleViolationException;

/** 公开年报 — the published reports for everyone: a list by year, each report laid out like the national format. */
@Controller
@RequestMapping("/annual-reports")
class PublicReportController {

	private final AnnualReporting reports;
	private final ReportFiles files;

	PublicReportController(AnnualReporting reports, ReportFiles files) {
		this.reports = reports;
		this.files = files;
	}

	/** The year of the public list; empty lists every year. */
	record YearFilter(Integer year) {
	}

	/** All published reports, or those of one year ({@code ?year=2025}). */
	@GetMapping
	String list(@ModelAttribute YearFilter filter, BindingResult errors, Model model) {
		if (errors.hasFieldErrors("year")) {
			throw RuleViolationException.onField("year", "annualreport.error.yearNotANumber",
					errors.getFieldError("year").getRejectedValue());
		}
		model.addAttribute("reports", reports.publishedReports(filter.year()));
		model.addAttribute("year", filter.year());
		return "annualreport/public-list";
	}

	@GetMapping("/{code}/{year:\\d{4}}")
	String report(@PathVariable String code, @PathVariable int year, Model model) {
		AnnualReport report = reports.published(code, year);
		model.addAttribute("report", report);
		model.addAttribute("text", ReportText.of(report.sections()));
		return "annualreport/public-report";
	}

	@GetMapping("/{code}/{year:\\d{4}}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable int year, Locale locale) {
		return files.pdf(reports.published(code, year), locale);
	}

	@GetMapping("/{code}/{year:\\d{4}}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable int year, Locale locale) {
		return files.xlsx(reports.published(code, year), locale);
	}
}
