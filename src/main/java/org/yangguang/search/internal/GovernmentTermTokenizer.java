package org.yangguang.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits Chinese text into words: every {@link GovernmentTerms government term} becomes one token (longest match,
 * leftmost first), and the text between terms is segmented by smartcn's {@link HMMChineseTokenizer}. Terms are
 * protected before segmentation, so smartcn can never break them (it splits 办结 into 办|结 on its own).
 */
public final class GovernmentTermTokenizer extends Tokenizer {

	/** The token type of a protected dictionary term. */
	public static final String TERM_TYPE = "<GOVERNMENT_TERM>";

	private final GovernmentTerms terms;
	private final HMMChineseTokenizer segmenter = new HMMChineseTokenizer();
	private final CharTermAttribute segmentTerm = segmenter.addAttribute(CharTermAttribute.class);
	private final OffsetAttribute segmentOffset = segmenter.addAttribute(OffsetAttribute.class);
	private final TypeAttribute segmentType = segmenter.addAttribute(TypeAttribute.class);

	private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
	private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
	private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

	private char[] text = new char[1024];
	private int length;
	private final List<Token> tokens = new ArrayList<>();
	private int next;
	private boolean segmented;

	private record Token(String term, int start, int end, String type) {
	}

	public GovernmentTermTokenizer(GovernmentTerms terms) {
		this.terms = terms;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!segmented) {
			segment();
			segmented = true;
		}
		if (next >= tokens.size()) {
			return false;
		}
		Token token = tokens.get(next++);
		clearAttributes();
		termAtt.setEmpty().append(token.term());
		offsetAtt.setOffset(correctOffset(token.start()), correctOffset(token.end()));
		typeAtt.setType(token.type());
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		length = 0;
		int read;
		while ((read = input.read(text, length, text.length - length)) != -1) {
			length += read;
			if (length == text.length) {
				text = Arrays.copyOf(text, text.length * 2);
			}
		}
		tokens.clear();
		next = 0;
		segmented = false;
	}

	@Override
	public void end() throws IOException {
		super.end();
		int end = correctOffset(length);
		offsetAtt.setOffset(end, end);
	}

	private void segment() throws IOException {
		int gapStart = 0;
		int i = 0;
		while (i < length) {
			int match = terms.longestMatch(text, i, length);
			if (match == 0) {
				i++;
				continue;
			}
			segmentGap(gapStart, i);
			tokens.add(new Token(new String(text, i, match), i, i + match, TERM_TYPE));
			i += match;
			gapStart = i;
		}
		segmentGap(gapStart, length);
	}

	/** Lets smartcn segment the text between two protected terms; its offsets are shifted to the whole text. */
	private void segmentGap(int start, int end) throws IOException {
		if (start >= end) {
			return;
		}
		segmenter.setReader(new StringReader(new String(text, start, end - start)));
		try {
			segmenter.reset();
			while (segmenter.incrementToken()) {
				tokens.add(new Token(segmentTerm.toString(), start + segmentOffset.startOffset(),
						start + segmentOffset.endOffset(), segmentType.type()));
			}
			segmenter.end();
		}
		finally {
			segmenter.close();
		}
	}
}
