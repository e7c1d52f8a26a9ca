package org.yangguang.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs an analyzer over a piece of query text. */
final class Analysis {

	/** A token and its position. */
	record Positioned(String term, int position) {
	}

	private Analysis() {
	}

	/** The terms, in order. */
	static List<String> terms(Analyzer analyzer, String text) {
		return positioned(analyzer, text, false).stream().map(Positioned::term).toList();
	}

	/**
	 * The terms with their positions; with {@code longestPerPosition}, one term per position, the one covering most
	 * text (a character pair rather than the single character the indexing analyzer puts beside it).
	 */
	static List<Positioned> positioned(Analyzer analyzer, String text, boolean longestPerPosition) {
		List<Positioned> all = new ArrayList<>();
		TreeMap<Integer, int[]> longest = new TreeMap<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				int length = offset.endOffset() - offset.startOffset();
				int[] best = longest.get(position);
				if (!longestPerPosition) {
					all.add(new Positioned(term.toString(), position));
				}
				else if (best == null || length > best[1]) {
					longest.put(position, new int[] { all.size(), length });
					all.add(new Positioned(term.toString(), position));
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!longestPerPosition) {
			return all;
		}
		return longest.values().stream().map(best -> all.get(best[0])).toList();
	}
}
