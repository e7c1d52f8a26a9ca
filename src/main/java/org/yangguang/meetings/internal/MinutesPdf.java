package org.yangguang.meetings.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.yangguang.meetings.MinutesView;
import org.yangguang.shared.PdfRenderer;

/**
 * Published minutes as a PDF in the plain layout of government minutes: the heading, 第N次 and the date; the
 * meeting's time, place, host, attendees, non-voting attendees and recorder; then the numbered public items.
 */
@Component
public class MinutesPdf {

	private final ITemplateEngine templates;

	MinutesPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(MinutesView minutes) {
		return PdfRenderer.render(html(minutes));
	}

	public String html(MinutesView minutes) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("m", minutes);
		context.setVariable("fontFamily", PdfRenderer.FONT_STACK);
		return templates.process("meetings/minutes-pdf", context);
	}
}
