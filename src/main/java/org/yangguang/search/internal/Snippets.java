package org.yangguang.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * 摘要 — passages of a hit with the matched words marked, as safe HTML: Lucene's highlighter escapes every
 * character of the text ({@code <}, {@code &}, quotes…) and adds nothing but {@code <mark>} and {@code </mark>}.
 */
final class Snippets {

	static final int FRAGMENT_CHARS = 60;
	static final int FRAGMENTS = 2;
	static final String ELLIPSIS = "…";
	/** Enough for long documents; passages further into a very long text are not looked at. */
	static final int MAX_CHARS_ANALYSED = 200_000;

	private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();
	private final Analyzer pairs = BigramAnalyzer.forIndexing();

	/** The best passages of {@code text} around the words of {@code highlight}, or null if none occurs. */
	String passages(Query highlight, String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		QueryScorer scorer = new QueryScorer(highlight, QueryPlanner.HIGHLIGHT_FIELD);
		Highlighter highlighter = highlighter(scorer);
		highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
		try {
			String best = highlighter.getBestFragments(
					pairs.tokenStream(QueryPlanner.HIGHLIGHT_FIELD, text), text, FRAGMENTS, " " + ELLIPSIS + " ");
			return best == null || best.isEmpty() ? null : joinMarks(oneLine(best));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InvalidTokenOffsetsException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The whole (short) text with the matched words marked; the text escaped if none occurs. */
	String marked(Query highlight, String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		QueryScorer scorer = new QueryScorer(highlight, QueryPlanner.HIGHLIGHT_FIELD);
		Highlighter highlighter = highlighter(scorer);
		highlighter.setTextFragmenter(new NullFragmenter());
		try {
			String marked = highlighter.getBestFragment(pairs.tokenStream(QueryPlanner.HIGHLIGHT_FIELD, text), text);
			return marked == null ? ENCODER.encodeText(text) : joinMarks(marked);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InvalidTokenOffsetsException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The opening of {@code text}, escaped, when no passage matched. */
	String opening(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String flat = text.strip().replaceAll("\\s+", " ");
		int end = Math.min(flat.length(), FRAGMENT_CHARS * FRAGMENTS);
		if (end < flat.length() && Character.isHighSurrogate(flat.charAt(end - 1))) {
			end--;
		}
		return ENCODER.encodeText(flat.substring(0, end)) + (end < flat.length() ? ELLIPSIS : "");
	}

	/** Marks that touch become one (汉字 and Latin letters are separate tokens: 检索<mark>…</mark><mark>abc</mark>). */
	private static String joinMarks(String html) {
		return html.replace("</mark><mark>", "");
	}

	/** Line breaks and runs of spaces become one space (the passage is shown as one paragraph). */
	private static String oneLine(String html) {
		return html.strip().replaceAll("\\s+", " ");
	}

	/** Plain text as safe HTML. */
	static String escape(String text) {
		return text == null ? "" : ENCODER.encodeText(text);
	}

	private static Highlighter highlighter(QueryScorer scorer) {
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
		highlighter.setMaxDocCharsToAnalyze(MAX_CHARS_ANALYSED);
		return highlighter;
	}
}
