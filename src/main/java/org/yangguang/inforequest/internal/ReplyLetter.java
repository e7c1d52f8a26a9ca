package org.yangguang.inforequest.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.organisation.Organisation;
import org.yangguang.shared.PdfRenderer;

/**
 * 政府信息公开申请答复书 — the reply letter as a PDF in Chinese with the shipped CJK font: the decision, its grounds
 * with the articles of the 条例, how to obtain the information, the remedies and their time limits, the agency, the
 * date and who signed it off. Rendered once when the reply is issued and kept as issued.
 */
@Component
public class ReplyLetter {

	/** 行政复议: within 60 days of receiving the reply (行政复议法第二十条). */
	public static final int RECONSIDERATION_DAYS = 60;
	/** 行政诉讼: within 6 months (行政诉讼法第四十六条). */
	public static final int LITIGATION_MONTHS = 6;

	private final ITemplateEngine templates;

	ReplyLetter(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * @param reconsiderationBody the body to apply to for reconsideration (the government above the agency), or null
	 *                            when not known here
	 * @param attachments         names of the files disclosed with the reply
	 */
	public byte[] render(RequestSnapshot request, Organisation agency, String reconsiderationBody,
			List<String> attachments) {
		return PdfRenderer.render(html(request, agency, reconsiderationBody, attachments));
	}

	/** The letter as XHTML (what {@link #render} turns into a PDF). */
	public String html(RequestSnapshot request, Organisation agency, String reconsiderationBody,
			List<String> attachments) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("r", request);
		context.setVariable("agency", agency);
		context.setVariable("reconsiderationBody", reconsiderationBody);
		context.setVariable("attachments", attachments);
		context.setVariable("articles", ReplyGrounds.articles(request.reply().type(), request.reply().outcome()));
		context.setVariable("reconsiderationDays", RECONSIDERATION_DAYS);
		context.setVariable("litigationMonths", LITIGATION_MONTHS);
		context.setVariable("fontFamily", PdfRenderer.FONT_STACK);
		context.setVariable("bodyLines", lines(request.reply().body()));
		context.setVariable("groundLines", lines(request.reply().ground()));
		return templates.process("inforequest/letter", context);
	}

	static List<String> lines(String text) {
		return text == null ? List.of()
				: java.util.Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
