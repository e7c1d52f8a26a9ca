package org.yangguang.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.Bits;
import org.yangguang.search.SearchHit;
import org.yangguang.search.SearchQuery;
import org.yangguang.search.SearchResults;

/** Runs searches on the index and counts the values of the filter fields. */
public final class IndexQueries {

	private final LuceneIndex index;
	private final QueryPlanner planner;
	private final Snippets snippets = new Snippets();
	private volatile CachedCounts cache = new CachedCounts(new Object(), null);

	private record CachedCounts(Object readerVersion, ValueCounts counts) {
	}

	/**
	 * How many items carry each value of each filter field.
	 *
	 * @param organisationCodes by publishing organisation's code
	 * @param columns           by 栏目
	 * @param topics            by 主题分类
	 * @param genres            by 体裁
	 * @param validities        by validity
	 * @param years             by year of publication
	 */
	public record ValueCounts(Map<String, Long> organisationCodes, Map<String, Long> columns,
			Map<String, Long> topics, Map<String, Long> genres, Map<String, Long> validities,
			Map<String, Long> years) {
	}

	public IndexQueries(LuceneIndex index, GovernmentTerms terms) {
		this.index = index;
		this.planner = new QueryPlanner(terms);
	}

	/**
	 * One page of hits with snippets.
	 *
	 * @param organisationId the organisation the query's code resolved to, or null
	 */
	public SearchResults search(SearchQuery query, Long organisationId) {
		QueryPlanner.Plan plan = planner.plan(query, organisationId);
		int wanted = (query.page() + 1) * query.size();
		return index.read(searcher -> {
			TopFieldDocs top = searcher.search(plan.query(),
					new TopFieldCollectorManager(plan.sort(), wanted, null, Integer.MAX_VALUE));
			StoredFields stored = searcher.storedFields();
			List<SearchHit> hits = new ArrayList<>();
			ScoreDoc[] docs = top.scoreDocs;
			for (int i = query.page() * query.size(); i < docs.length; i++) {
				hits.add(hit(SearchDocument.Stored.of(stored.document(docs[i].doc)), plan, query.hasText()));
			}
			return new SearchResults(top.totalHits.value, query.page(), query.size(), hits);
		});
	}

	private SearchHit hit(SearchDocument.Stored doc, QueryPlanner.Plan plan, boolean marking) {
		String snippet = marking ? snippets.passages(plan.highlight(), doc.body()) : null;
		if (snippet == null && marking) {
			snippet = snippets.passages(plan.highlight(), doc.attachments());
		}
		if (snippet == null) {
			snippet = snippets.opening(doc.body().isEmpty() ? doc.attachments() : doc.body());
		}
		String title = marking ? snippets.marked(plan.highlight(), doc.title()) : Snippets.escape(doc.title());
		return new SearchHit(doc.source(), doc.id(), doc.title(), title, snippet, doc.docNo(), doc.indexNo(),
				doc.organisationId(), doc.organisationCode(), doc.organisationName(), doc.column(), doc.topic(),
				doc.genre(), doc.validity(), doc.writtenOn(), doc.publishedAt(), doc.url());
	}

	/** The value counts of the current index, computed once per index version. */
	public ValueCounts valueCounts() {
		return index.read(searcher -> {
			IndexReader reader = searcher.getIndexReader();
			Object version = reader instanceof DirectoryReader directory ? directory.getVersion() : reader;
			CachedCounts cached = cache;
			if (version.equals(cached.readerVersion())) {
				return cached.counts();
			}
			Map<String, Map<String, Long>> counts = count(searcher);
			ValueCounts computed = new ValueCounts(counts.get(Fields.ORG_CODE), counts.get(Fields.COLUMN),
					counts.get(Fields.TOPIC), counts.get(Fields.GENRE), counts.get(Fields.VALIDITY),
					counts.get(Fields.YEAR));
			cache = new CachedCounts(version, computed);
			return computed;
		});
	}

	private static Map<String, Map<String, Long>> count(IndexSearcher searcher) throws IOException {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (String field : Fields.FACETS) {
			Map<String, Long> values = new HashMap<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				SortedDocValues docValues = leaf.reader().getSortedDocValues(field);
				if (docValues == null) {
					continue;
				}
				Bits live = leaf.reader().getLiveDocs();
				long[] perOrdinal = new long[docValues.getValueCount()];
				for (int doc = docValues.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = docValues.nextDoc()) {
					if (live == null || live.get(doc)) {
						perOrdinal[docValues.ordValue()]++;
					}
				}
				for (int ord = 0; ord < perOrdinal.length; ord++) {
					if (perOrdinal[ord] > 0) {
						values.merge(docValues.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
					}
				}
			}
			counts.put(field, Map.copyOf(values));
		}
		return counts;
	}
}
