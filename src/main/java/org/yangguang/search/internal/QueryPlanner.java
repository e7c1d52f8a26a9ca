package org.yangguang.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.yangguang.search.SearchQuery;
import org.yangguang.search.SearchSort;

/**
 * Turns a {@link SearchQuery} into a Lucene query. Every word of the query must be found (AND). A word is found
 * when its characters occur as a run (a phrase of character pairs: 政务公开 inside 基层政务公开工作), or when all of
 * its segmented words occur (依申请公开 … 办结), or when it is exactly a document or index number. The title
 * weighs most. Filters narrow without affecting the ranking.
 */
final class QueryPlanner {

	/** Field of the highlight query; snippets are analysed under this name. */
	static final String HIGHLIGHT_FIELD = "highlight";

	private static final float EXACT_NUMBER_BOOST = 10f;
	/** Segmented words shorter than this are not marked on their own (the query word as a whole still is). */
	private static final int MIN_MARKED_WORD = 2;

	private final Analyzer words;
	private final Analyzer pairs = BigramAnalyzer.forIndexing();

	/** What to run: the query, a query of the words to mark in snippets, and the order. */
	record Plan(Query query, Query highlight, Sort sort) {
	}

	QueryPlanner(GovernmentTerms terms) {
		this.words = new WordAnalyzer(terms);
	}

	/**
	 * @param organisationId the publishing organisation the query's code resolved to, or null for all
	 */
	Plan plan(SearchQuery query, Long organisationId) {
		BooleanQuery.Builder top = new BooleanQuery.Builder();
		BooleanQuery.Builder highlight = new BooleanQuery.Builder();
		boolean anyWord = false;
		for (String word : query.words()) {
			List<String> wordTerms = Analysis.terms(words, word);
			List<Analysis.Positioned> pairTerms = Analysis.positioned(pairs, word, true);
			if (wordTerms.isEmpty() && pairTerms.isEmpty()) {
				continue;
			}
			anyWord = true;
			top.add(wordClause(word, wordTerms, pairTerms), Occur.MUST);
			if (!pairTerms.isEmpty()) {
				highlight.add(phrase(HIGHLIGHT_FIELD, pairTerms), Occur.SHOULD);
			}
			for (String term : wordTerms) {
				if (term.length() < MIN_MARKED_WORD) {
					continue; // a lone digit or letter of a document number would be marked everywhere
				}
				highlight.add(phrase(HIGHLIGHT_FIELD, Analysis.positioned(pairs, term, true)), Occur.SHOULD);
			}
		}
		if (query.hasText() && !anyWord) {
			return new Plan(new MatchNoDocsQuery("no searchable characters"), new MatchNoDocsQuery(), sort(query));
		}
		if (!anyWord) {
			top.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		filters(query, organisationId).forEach(filter -> top.add(filter, Occur.FILTER));
		return new Plan(top.build(), highlight.build(), sort(query));
	}

	private static Query wordClause(String word, List<String> wordTerms, List<Analysis.Positioned> pairTerms) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		if (!wordTerms.isEmpty()) {
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			for (String term : wordTerms) {
				BooleanQuery.Builder inAnyField = new BooleanQuery.Builder();
				for (Map.Entry<String, Float> field : Fields.WORD_FIELDS.entrySet()) {
					inAnyField.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
							Occur.SHOULD);
				}
				all.add(inAnyField.build(), Occur.MUST);
			}
			any.add(all.build(), Occur.SHOULD);
		}
		if (!pairTerms.isEmpty()) {
			for (Map.Entry<String, Float> field : Fields.PAIR_FIELDS.entrySet()) {
				any.add(new BoostQuery(phrase(field.getKey(), pairTerms), field.getValue()), Occur.SHOULD);
			}
		}
		String number = Fields.normaliseNumber(word);
		for (String field : Fields.EXACT_FIELDS) {
			any.add(new BoostQuery(new TermQuery(new Term(field, number)), EXACT_NUMBER_BOOST), Occur.SHOULD);
		}
		return any.build();
	}

	private static Query phrase(String field, List<Analysis.Positioned> terms) {
		if (terms.size() == 1) {
			return new TermQuery(new Term(field, terms.get(0).term()));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		terms.forEach(t -> phrase.add(new Term(field, t.term()), t.position()));
		return phrase.build();
	}

	private static List<Query> filters(SearchQuery query, Long organisationId) {
		List<Query> filters = new ArrayList<>();
		if (organisationId != null) {
			filters.add(new TermQuery(new Term(query.includeSubordinates() ? Fields.ORG_WITHIN : Fields.ORG,
					String.valueOf(organisationId))));
		}
		addTerm(filters, Fields.COLUMN, query.column());
		addTerm(filters, Fields.TOPIC, query.topic());
		addTerm(filters, Fields.GENRE, query.genre());
		addTerm(filters, Fields.VALIDITY, query.validity());
		addTerm(filters, Fields.YEAR, query.year() == null ? null : String.valueOf(query.year()));
		return filters;
	}

	private static void addTerm(List<Query> filters, String field, String value) {
		if (value != null) {
			filters.add(new TermQuery(new Term(field, value)));
		}
	}

	private static Sort sort(SearchQuery query) {
		SortField newestFirst = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
		return query.sort() == SearchSort.DATE ? new Sort(newestFirst, SortField.FIELD_SCORE)
				: new Sort(SortField.FIELD_SCORE, newestFirst);
	}
}
