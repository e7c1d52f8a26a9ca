package org.yangguang.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * 二元切分 — overlapping character pairs (政务|务公|公开) for the recall fields: a query finds any run of characters
 * in the text, whatever the word segmentation made of it. Indexing also keeps single characters so that a
 * one-character query matches; queries are analysed into pairs only and searched as phrases.
 */
public final class BigramAnalyzer extends Analyzer {

	private final boolean unigrams;

	private BigramAnalyzer(boolean unigrams) {
		this.unigrams = unigrams;
	}

	/** For indexing: pairs and single characters. */
	public static BigramAnalyzer forIndexing() {
		return new BigramAnalyzer(true);
	}

	/** For queries and highlighting: pairs (a lone character stays single). */
	public static BigramAnalyzer forQueries() {
		return new BigramAnalyzer(false);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new CJKWidthFilter(tokenizer);
		stream = new LowerCaseFilter(stream);
		stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
				| CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
		return new TokenStreamComponents(tokenizer, stream);
	}
}
