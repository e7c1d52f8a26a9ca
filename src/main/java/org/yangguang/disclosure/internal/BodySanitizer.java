package org.yangguang.disclosure.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The body of a document is rich text from staff: it is cleaned with jsoup's relaxed safelist (text formatting,
 * lists, tables, links and images over http(s) only; no scripts, styles, event handlers or frames) before it is
 * stored, so the portal can show it as it is. Text without any markup becomes paragraphs, one per line.
 */
public final class BodySanitizer {

	private static final Safelist SAFELIST = Safelist.relaxed()
		.addAttributes("td", "rowspan", "colspan")
		.addAttributes("th", "rowspan", "colspan", "scope")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "http", "https")
		.preserveRelativeLinks(false);

	private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^>]*)?/?>");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private BodySanitizer() {
	}

	/** Safe HTML for the portal. */
	public static String clean(String input) {
		if (input == null || input.isBlank()) {
			return "";
		}
		String html = looksLikeHtml(input) ? input : paragraphs(input);
		return Jsoup.clean(html, "", SAFELIST, OUTPUT).strip();
	}

	/** The text of (already clean) HTML without markup, for search and summaries. */
	public static String text(String html) {
		return html == null ? "" : Jsoup.parse(html).text();
	}

	private static boolean looksLikeHtml(String input) {
		return TAG.matcher(input).find();
	}

	private static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		for (String line : text.strip().split("\\R")) {
			if (!line.isBlank()) {
				html.append("<p>").append(org.jsoup.nodes.Entities.escape(line.strip())).append("</p>");
			}
		}
		return html.toString();
	}
}
