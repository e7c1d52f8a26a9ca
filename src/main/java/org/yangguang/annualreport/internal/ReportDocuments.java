package org.yangguang.annualreport.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.shared.PdfRenderer;

/**
 * The report as documents: its title, the HTML body of the catalog document and the printed PDF (A4, tables 三 and
 * 四 on landscape pages), all from the same templates as the web page.
 */
@Component
public class ReportDocuments {

	private final ITemplateEngine templates;
	private final MessageSource messages;

	ReportDocuments(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	/** e.g. 余庆县教育局2025年政府信息公开工作年度报告 */
	public String title(AnnualReport report, Locale locale) {
		return messages.getMessage("annualreport.title.full",
				new Object[] { report.organisation().name(), report.year() }, locale);
	}

	/** The report as a block of HTML (no page layout): sections and tables. */
	public String bodyHtml(AnnualReport report, Locale locale) {
		return templates.process("annualreport/document", Set.of("body"), context(report, locale)).strip();
	}

	public byte[] pdf(AnnualReport report, Locale locale) {
		String html = templates.process("annualreport/print", context(report, locale));
		Document document = Jsoup.parse(html);
		document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
			.prettyPrint(false);
		return PdfRenderer.render(document.html());
	}

	private Context context(AnnualReport report, Locale locale) {
		return new Context(locale, Map.of("report", report, "text", ReportText.of(report.sections()), "title",
				title(report, locale)));
	}
}
