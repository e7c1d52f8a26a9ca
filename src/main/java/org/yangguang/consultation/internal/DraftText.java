package org.yangguang.consultation.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.yangguang.consultation.DraftArticle;
import org.yangguang.shared.RuleViolationException;

/**
 * A draft's text split into its chapters (章) and articles (条), as a drafter pastes or uploads it: plain text or
 * Markdown (a heading or line "第二章 …" starts a chapter; a line starting "第三条" starts an article, its number taken
 * from the text), or a Word file (.docx, its paragraphs read in order). A text without any "第…条" becomes one article
 * per paragraph.
 */
public final class DraftText {

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s*(.*)$");
	private static final Pattern CHAPTER = Pattern.compile("^(第[一二三四五六七八九十百零0-9]+章)\\s*(.*)$");
	private static final Pattern ARTICLE = Pattern.compile("^(?:\\*\\*)?第([一二三四五六七八九十百零0-9]+)条(?:\\*\\*)?[\\s　]*(.*)$");
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private DraftText() {
	}

	/** A file the drafter uploaded: a .docx by its content, anything else as UTF-8 text or Markdown. */
	public static List<DraftArticle> fromFile(byte[] content) {
		if (content == null || content.length == 0) {
			throw RuleViolationException.onField("file", "consultation.error.importEmpty");
		}
		if (content.length > 4 && content[0] == ZIP[0] && content[1] == ZIP[1] && content[2] == ZIP[2]
				&& content[3] == ZIP[3]) {
			return split(docxText(content));
		}
		return split(new String(content, StandardCharsets.UTF_8));
	}

	static String docxText(byte[] content) {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
			StringBuilder text = new StringBuilder();
			for (XWPFParagraph p : doc.getParagraphs()) {
				text.append(p.getText()).append('\n');
			}
			return text.toString();
		}
		catch (IOException | RuntimeException e) {
			throw RuleViolationException.onField("file", "consultation.error.importDocx");
		}
	}

	public static List<DraftArticle> split(String text) {
		if (text == null || text.isBlank()) {
			throw RuleViolationException.onField("text", "consultation.error.importEmpty");
		}
		List<DraftArticle> articles = new ArrayList<>();
		String chapter = null;
		Integer no = null;
		StringBuilder body = new StringBuilder();
		boolean numbered = text.lines().map(DraftText::unheaded).anyMatch(l -> ARTICLE.matcher(l).matches());
		if (!numbered) {
			return paragraphs(text);
		}
		for (String raw : text.replace("\r", "").split("\n")) {
			String line = unheaded(raw);
			Matcher ch = CHAPTER.matcher(line);
			Matcher art = ARTICLE.matcher(line);
			if (ch.matches()) {
				no = flush(articles, no, chapter, body);
				chapter = (ch.group(1) + " " + ch.group(2)).strip();
			}
			else if (art.matches()) {
				flush(articles, no, chapter, body);
				int parsed = ArticleNumbers.parse(art.group(1));
				no = parsed > 0 ? parsed : articles.size() + 1;
				if (articles.stream().anyMatch(a -> a.no() == parsed)) {
					no = articles.get(articles.size() - 1).no() + 1;
				}
				body.append(art.group(2).strip());
			}
			else if (no != null && !line.isBlank()) {
				if (!body.isEmpty()) {
					body.append('\n');
				}
				body.append(line.strip());
			}
		}
		flush(articles, no, chapter, body);
		return articles;
	}

	private static Integer flush(List<DraftArticle> articles, Integer no, String chapter, StringBuilder body) {
		if (no != null && !body.toString().isBlank()) {
			articles.add(new DraftArticle(no, chapter, body.toString().strip()));
		}
		body.setLength(0);
		return null;
	}

	private static String unheaded(String line) {
		Matcher h = HEADING.matcher(line.strip());
		return (h.matches() ? h.group(1) : line).strip();
	}

	private static List<DraftArticle> paragraphs(String text) {
		List<DraftArticle> articles = new ArrayList<>();
		for (String para : text.replace("\r", "").split("\n\\s*\n|\n(?=\\S)")) {
			String p = unheaded(para).strip();
			if (!p.isEmpty()) {
				articles.add(new DraftArticle(articles.size() + 1, null, p));
			}
		}
		return articles;
	}
}
