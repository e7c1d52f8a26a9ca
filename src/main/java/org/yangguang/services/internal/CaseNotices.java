package org.yangguang.services.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.yangguang.organisation.Organisation;
import org.yangguang.services.CaseEvent;
import org.yangguang.services.ServiceGuide;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.PdfRenderer;

/**
 * The written notices of a case, as PDFs in Chinese: 受理通知书 (acceptance, with the deadline), 一次性告知书 (every
 * missing or defective material at once, with what each must be), 不予受理通知书 (the reasons and the remedies) and
 * the 决定书 (the decision, every department's refusal explained in one notice). Rendered from the timeline entry that
 * issued them, so a notice always reads as it was issued.
 */
@Component
public class CaseNotices {

	/** The kinds of notice and the timeline action that issues each. */
	public enum Kind {
		ACCEPTANCE("accepted"), ONE_TIME("notice"), REFUSAL("refused"), DECISION("decided");

		final String action;

		Kind(String action) {
			this.action = action;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Kind ofKey(String key) {
			for (Kind k : values()) {
				if (k.key().equals(key)) {
					return k;
				}
			}
			throw new NotFoundException("services.error.noNotice", key);
		}
	}

	private final ITemplateEngine templates;

	CaseNotices(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The latest notice of {@code kind} of the case; 404 when none was issued. */
	public byte[] render(ServiceCase c, List<CaseEvent> events, Kind kind, Organisation department,
			java.time.LocalDate deadline) {
		return PdfRenderer.render(html(c, events, kind, department, deadline));
	}

	public String html(ServiceCase c, List<CaseEvent> events, Kind kind, Organisation department,
			java.time.LocalDate deadline) {
		CaseEvent event = events.stream().filter(e -> kind.action.equals(e.action())).reduce((a, b) -> b)
			.orElseThrow(() -> new NotFoundException("services.error.noNotice", kind.key()));
		List<ServiceGuide.Material> missing = CaseViews.materials(c.guide(), event.materials());
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("c", c);
		context.setVariable("kind", kind.key());
		context.setVariable("event", event);
		context.setVariable("missing", missing);
		context.setVariable("department", department);
		context.setVariable("deadline", deadline);
		context.setVariable("tasks", c.tasks().values().stream().filter(t -> !Boolean.TRUE.equals(t.approved()))
			.toList());
		context.setVariable("fontFamily", PdfRenderer.FONT_STACK);
		return templates.process("services/notice-pdf", context);
	}
}
