package org.yangguang.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** The tokens an analyzer makes of a text, with their offsets and types. */
record Tokens(List<Token> list) {

	record Token(String term, int start, int end, String type) {
	}

	static Tokens of(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), type.type()));
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Tokens(tokens);
	}

	List<String> terms() {
		return list.stream().map(Token::term).toList();
	}

	/** True if no token starts or ends strictly inside {@code [start, end)}. */
	boolean keepsWhole(int start, int end) {
		return list.stream().noneMatch(t -> (t.start() > start && t.start() < end) || (t.end() > start && t.end() < end));
	}
}
