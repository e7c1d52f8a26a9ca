package org.yangguang.inforequest.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.WithheldPart;
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
		return render(request, agency, reconsiderationBody, attachments, List.of());
	}

	/** @param withheldParts for a partial disclosure, each part withheld with its ground (条例第三十七条) */
	public byte[] render(RequestSnapshot request, Organisation agency, String reconsiderationBody,
			List<String> attachments, List<WithheldPart> withheldParts) {
		return PdfRenderer.render(html(request, agency, reconsiderationBody, attachments, withheldParts));
	}

	/** The letter as XHTML (what {@link #render} turns into a PDF). */
	public String html(RequestSnapshot request, Organisation agency, String reconsiderationBody,
			List<String> attachments) {
		return html(request, agency, reconsiderationBody, attachments, List.of());
	}

	/** The letter as XHTML, listing the withheld parts of a partial disclosure with their grounds and articles. */
	public String html(RequestSnapshot request, Organisation agency, String reconsiderationBody,
			List<String> attachments, List<WithheldPart> withheldParts) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("withheldParts", withheldParts.stream()
			.map(p -> new LetterPart(p.part(), p.ground(), ReplyGrounds.articlesOfWithheldGround(p.ground())))
			.toList());
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

	/** A withheld part as the letter shows it: the part, its ground's key and the articles it cites. */
	public record LetterPart(String part, String ground, List<String> articles) {
	}

	static List<String> lines(String text) {
		return text == null ? List.of()
				: java.util.Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
