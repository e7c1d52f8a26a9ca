package org.yangguang.search.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.yangguang.search.SearchQuery;
import org.yangguang.search.SearchResults;

/**
 * Search latency over an index of 100,000 generated documents ({@link GeneratedCorpus}), through the same classes
 * the application uses (analyzers, query planner, highlighter), one page of ten hits with snippets per query.
 * Sample-time mode: JMH reports the p50, p95 and p99 of single searches.
 * <p>
 * The index is built once into {@code target/bench-index-<documents>} and reused by later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g" })
public class SearchLatency {

	/** What visitors type: terms, two words, phrases, parts of terms, document numbers, with and without filters. */
	static final List<SearchQuery> QUERIES = List.of(
			SearchQuery.of("政务公开"),
			SearchQuery.of("依申请公开"),
			SearchQuery.of("信息公开"),
			SearchQuery.of("办结 时限"),
			SearchQuery.of("村务公开 计划生育"),
			SearchQuery.of("一次性告知"),
			SearchQuery.of("政府信息公开条例"),
			SearchQuery.of("行政审批 便民服务中心"),
			SearchQuery.of("领导小组 考核"),
			SearchQuery.of("余府发〔2023〕12号"),
			SearchQuery.of("政务公开工作会议"),
			SearchQuery.parse("公开", null, null, "政策文件", null, null, null, "2024", null, null, null),
			SearchQuery.parse("监督", "ORG-7", null, null, null, null, null, null, "date", null, null),
			SearchQuery.parse("", null, null, "村务公开", null, null, "in_force", null, null, null, null),
			SearchQuery.parse("群众 满意", null, null, null, null, null, null, null, null, "3", null),
			SearchQuery.of("量子计算机"));

	@Param("100000")
	int documents;

	LuceneIndex index;
	IndexQueries queries;
	int next;

	@Setup(Level.Trial)
	public void openIndex() throws Exception {
		Path path = Path.of("target", "bench-index-" + documents);
		boolean built = Files.isDirectory(path);
		index = LuceneIndex.open(path, GovernmentTerms.shipped());
		if (!built || index.size() != documents) {
			long started = System.nanoTime();
			build(index, documents);
			System.out.printf("%nbuilt the index of %d documents in %d s at %s%n", documents,
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), path.toAbsolutePath());
		}
		queries = new IndexQueries(index, GovernmentTerms.shipped());
	}

	static void build(LuceneIndex index, int documents) {
		GeneratedCorpus corpus = new GeneratedCorpus(20240601L);
		index.clear();
		List<Document> batch = new ArrayList<>();
		for (long id = 1; id <= documents; id++) {
			var item = corpus.next(id);
			batch.add(SearchDocument.of(item, GeneratedCorpus.organisation(item.organisationId()),
					GeneratedCorpus.ZONE));
			if (batch.size() == 1000) {
				index.add(batch);
				batch.clear();
			}
		}
		index.add(batch);
		index.commit(Map.of("position", "0", "documents", String.valueOf(documents)));
	}

	@TearDown(Level.Trial)
	public void close() {
		index.close();
	}

	/** One search, the next of {@link #QUERIES} in turn. */
	@Benchmark
	public void search(Blackhole hole) {
		SearchQuery query = QUERIES.get(next++ % QUERIES.size());
		hole.consume(queries.search(query, query.organisationCode() == null ? null : 7L));
	}

	/**
	 * Prints how many hits each query has and how long it took, after a few warm-up rounds, so that the JMH
	 * figures can be judged query by query.
	 */
	public static void main(String[] args) throws Exception {
		SearchLatency bench = new SearchLatency();
		bench.documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		bench.openIndex();
		for (int round = 0; round < 20; round++) {
			QUERIES.forEach(q -> bench.queries.search(q, q.organisationCode() == null ? null : 7L));
		}
		for (SearchQuery query : QUERIES) {
			long started = System.nanoTime();
			SearchResults results = bench.queries.search(query, query.organisationCode() == null ? null : 7L);
			System.out.printf("%-40s %7d hits %6.1f ms%n", query.text() + " " + filters(query), results.total(),
					(System.nanoTime() - started) / 1e6);
		}
		bench.close();
	}

	private static String filters(SearchQuery query) {
		return (query.column() == null ? "" : "column=" + query.column() + " ")
				+ (query.year() == null ? "" : "year=" + query.year() + " ")
				+ (query.organisationCode() == null ? "" : "org=" + query.organisationCode() + " ")
				+ (query.validity() == null ? "" : "validity=" + query.validity() + " ")
				+ (query.page() == 0 ? "" : "page=" + query.page());
	}
}
