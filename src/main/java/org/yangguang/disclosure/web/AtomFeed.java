package org.yangguang.disclosure.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.yangguang.disclosure.DocumentSummary;
import org.yangguang.organisation.Organisation;

/** Writes an Atom 1.0 feed (RFC 4287) of documents; every text is XML-escaped. */
final class AtomFeed {

	private AtomFeed() {
	}

	static String render(String baseUrl, String selfPath, String alternatePath, String title, String id,
			List<DocumentSummary> documents, Map<Long, Organisation> organisations, Instant fallbackUpdated) {
		Instant updated = documents.isEmpty() ? fallbackUpdated : documents.get(0).publishedAt();
		StringBuilder xml = new StringBuilder(4096);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
		element(xml, "  ", "title", title);
		element(xml, "  ", "id", id);
		element(xml, "  ", "updated", iso(updated));
		xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(baseUrl + selfPath))
			.append("\"/>\n");
		xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(baseUrl + alternatePath))
			.append("\"/>\n");
		for (DocumentSummary d : documents) {
			Organisation org = organisations.get(d.organisationId());
			xml.append("  <entry>\n");
			element(xml, "    ", "title", d.title());
			element(xml, "    ", "id", baseUrl + d.url());
			xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(baseUrl + d.url()))
				.append("\"/>\n");
			element(xml, "    ", "updated", iso(d.publishedAt()));
			element(xml, "    ", "published", iso(d.publishedAt()));
			xml.append("    <author>\n");
			element(xml, "      ", "name", org == null ? "-" : org.name());
			xml.append("    </author>\n");
			xml.append("    <category term=\"").append(esc(d.columnName())).append("\"/>\n");
			String summary = (d.indexNo() == null ? "" : "索引号 " + d.indexNo())
					+ (d.docNo() == null ? "" : "；文号 " + d.docNo())
					+ (d.summary() == null ? "" : "\n" + d.summary());
			element(xml, "    ", "summary", summary);
			xml.append("  </entry>\n");
		}
		xml.append("</feed>\n");
		return xml.toString();
	}

	private static void element(StringBuilder xml, String indent, String name, String text) {
		xml.append(indent).append('<').append(name).append('>').append(esc(text)).append("</").append(name)
			.append(">\n");
	}

	static String iso(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
						b.append(c);
					}
				}
			}
		}
		return b.toString();
	}
}
