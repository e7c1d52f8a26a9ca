package org.yangguang.search.internal;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The fields of an indexed item. Text is indexed twice: as words ({@link WordAnalyzer}) for precise, ranked
 * matches, and as character pairs ({@code *.pairs}, {@link BigramAnalyzer}) so that any run of characters is found.
 */
final class Fields {

	static final String KEY = "key";
	static final String SOURCE = "source";
	static final String ID = "id";
	static final String TITLE = "title";
	static final String BODY = "body";
	static final String ATTACHMENTS = "attachments";
	static final String DOC_NO = "docNo";
	static final String INDEX_NO = "indexNo";
	static final String ORG = "org";
	static final String ORG_WITHIN = "org.within";
	static final String ORG_CODE = "org.code";
	static final String ORG_NAME = "org.name";
	static final String COLUMN = "column";
	static final String TOPIC = "topic";
	static final String GENRE = "genre";
	static final String VALIDITY = "validity";
	static final String YEAR = "year";
	static final String PUBLISHED = "publishedAt";
	static final String WRITTEN = "writtenOn";
	static final String URL = "url";

	static final String PAIRS = ".pairs";
	static final String EXACT = ".exact";

	/** Word fields and their weight in ranking. */
	static final Map<String, Float> WORD_FIELDS = Map.of(TITLE, 3f, BODY, 1f, ATTACHMENTS, 0.8f);

	/** Character-pair fields and their weight in ranking. */
	static final Map<String, Float> PAIR_FIELDS = Map.of(TITLE + PAIRS, 3f, BODY + PAIRS, 1f, ATTACHMENTS + PAIRS,
			0.8f, DOC_NO + PAIRS, 2f, INDEX_NO + PAIRS, 1f);

	/** Numbers matched as typed (after normalising brackets and spaces). */
	static final List<String> EXACT_FIELDS = List.of(DOC_NO + EXACT, INDEX_NO + EXACT);

	/** Fields whose values the filter form offers, with counts. */
	static final List<String> FACETS = List.of(ORG_CODE, COLUMN, TOPIC, GENRE, VALIDITY, YEAR);

	private Fields() {
	}

	/** The analyzer for writing: words, pairs (with single characters) and keywords. */
	static Analyzer indexAnalyzer(GovernmentTerms terms) {
		Analyzer words = new WordAnalyzer(terms);
		Analyzer pairs = BigramAnalyzer.forIndexing();
		return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
				Map.of(TITLE, words, BODY, words, ATTACHMENTS, words, TITLE + PAIRS, pairs, BODY + PAIRS, pairs,
						ATTACHMENTS + PAIRS, pairs, DOC_NO + PAIRS, pairs, INDEX_NO + PAIRS, pairs));
	}

	/** 文号 and 索引号 as typed in different ways compare equal: no spaces, one kind of bracket, upper case. */
	static String normaliseNumber(String number) {
		StringBuilder out = new StringBuilder(number.length());
		for (char c : number.strip().toCharArray()) {
			if (Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			out.append(switch (c) {
				case '[', '［', '(', '（', '【', '〔', '{', '｛' -> '〔';
				case ']', '］', ')', '）', '】', '〕', '}', '｝' -> '〕';
				case '／' -> '/';
				case '－', '—', '–' -> '-';
				default -> c >= '０' && c <= '９' ? (char) ('0' + (c - '０'))
						: c >= 'a' && c <= 'z' ? Character.toUpperCase(c) : c;
			});
		}
		return out.toString();
	}
}
