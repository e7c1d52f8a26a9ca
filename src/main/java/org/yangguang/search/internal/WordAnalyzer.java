package org.yangguang.search.internal;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * 分词 — the analyzer of the word fields: government terms kept whole, smartcn for the rest, Latin words
 * lower-cased and stemmed (as smartcn's own analyzer does), punctuation and single-character function words
 * (的, 了, 和…) dropped so that a query does not have to contain them.
 */
public final class WordAnalyzer extends Analyzer {

	/** smartcn's punctuation list plus the commonest single-character function words. */
	static final CharArraySet STOP_WORDS = stopWords();

	private final GovernmentTerms terms;

	public WordAnalyzer(GovernmentTerms terms) {
		this.terms = terms;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		GovernmentTermTokenizer tokenizer = new GovernmentTermTokenizer(terms);
		TokenStream stream = new PorterStemFilter(tokenizer);
		stream = new StopFilter(stream, STOP_WORDS);
		return new TokenStreamComponents(tokenizer, stream);
	}

	private static CharArraySet stopWords() {
		CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
		stop.addAll(List.of("的", "地", "得", "了", "着", "和", "与", "及", "或", "是", "在", "对", "把", "被", "之", "等",
				"也", "而", "并", "就", "都"));
		return CharArraySet.unmodifiableSet(stop);
	}
}
