package org.yangguang.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Entities;
import org.yangguang.disclosure.AttachmentRecord;
import org.yangguang.disclosure.VersionContent;

/**
 * The canonical content of a published version: one self-contained HTML file with the metadata, the body and the
 * name, size and SHA-256 of every attachment, written once at publication. Its SHA-256 is the version's hash
 * shown on the page, and the file itself is kept in the attachment store under that hash, so that the download
 * is byte for byte what was hashed and anyone can check a copy.
 */
public final class CanonicalContent {

	/** What goes into the file, fixed at publication. */
	public record Facts(String indexNo, String organisationName, String columnName, int versionNo,
			VersionContent content, java.time.LocalDate publishedOn, List<AttachmentRecord> attachments) {
	}

	private CanonicalContent() {
	}

	public static byte[] render(Facts f) {
		VersionContent c = f.content();
		StringBuilder html = new StringBuilder(c.bodyHtml().length() + 2048);
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
			.append(esc(c.title())).append("</title>\n</head>\n<body>\n<table>\n");
		row(html, "索引号", f.indexNo());
		row(html, "发布机构", f.organisationName());
		row(html, "栏目", f.columnName());
		row(html, "主题分类", c.topic().label());
		row(html, "体裁", c.genre().label());
		row(html, "文号", c.docNo());
		row(html, "成文日期", String.valueOf(c.writtenOn()));
		row(html, "形成日期", String.valueOf(c.formedOn()));
		row(html, "发布日期", String.valueOf(f.publishedOn()));
		row(html, "版本", String.valueOf(f.versionNo()));
		row(html, "关键词", c.keywords());
		row(html, "摘要", c.summary());
		row(html, "来源", c.source());
		row(html, "修订说明", c.changeNote());
		html.append("</table>\n<h1>").append(esc(c.title())).append("</h1>\n<div>\n").append(c.bodyHtml())
			.append("\n</div>\n");
		if (!f.attachments().isEmpty()) {
			html.append("<h2>附件</h2>\n<ol>\n");
			for (AttachmentRecord a : f.attachments()) {
				html.append("<li>").append(esc(a.fileName())).append("（").append(esc(a.mediaType())).append("，")
					.append(a.sizeBytes()).append(" 字节，SHA-256 ").append(a.sha256()).append("）</li>\n");
			}
			html.append("</ol>\n");
		}
		html.append("</body>\n</html>\n");
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void row(StringBuilder html, String label, String value) {
		if (value != null && !value.isBlank()) {
			html.append("<tr><th>").append(label).append("</th><td>").append(esc(value)).append("</td></tr>\n");
		}
	}

	private static String esc(String s) {
		return Entities.escape(s == null ? "" : s);
	}
}
