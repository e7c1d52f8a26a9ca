package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.IntegrationTest;

/**
 * Benchmark, not a timed test (run only when asked): generates published documents (100,000 by default) spread
 * over the demo organisations and their columns, then measures the throughput and latency of the public
 * document page and of the documents API list. Run on PostgreSQL with:
 *
 * <pre>
 * YANGGUANG_DB_URL=jdbc:postgresql://127.0.0.1:5432/yg_bench YANGGUANG_DB_USER=postgres YANGGUANG_DB_PASSWORD= \
 * ./mvnw -o -q test -Dyangguang.test.db=postgres -Dyangguang.benchmark=true \
 *   -Dyangguang.benchmark.documents=100000 -Dtest=PortalThroughputBenchmark
 * </pre>
 *
 * The numbers are printed as {@code BENCHMARK ...} lines. With {@code -Dyangguang.benchmark.index=true} every
 * generated document is also reported to the search change table, for the search benchmark.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "yangguang.benchmark", matches = "true")
class PortalThroughputBenchmark {

	static final int THREADS = Integer.getInteger("yangguang.benchmark.threads", 8);
	static final int SECONDS = Integer.getInteger("yangguang.benchmark.seconds", 30);

	@Autowired
	DataSource dataSource;

	@Autowired
	Organisations organisations;

	@Autowired
	TestRestTemplate rest;

	@Test
	void documentPagesUnderLoad() throws Exception {
		int wanted = Integer.getInteger("yangguang.benchmark.documents", 100_000);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long started = System.nanoTime();
		List<Long> ids = generate(jdbc, wanted);
		System.out.printf("BENCHMARK generated %d documents in %d s%n", ids.size(),
				(System.nanoTime() - started) / 1_000_000_000L);
		measure("document page", i -> "/disclosure/documents/" + ids.get(i % ids.size()));
		measure("documents API list", i -> "/api/v1/documents?page=" + (i % 500) + "&size=20");
		measure("column page", i -> "/disclosure/catalog?page=" + (i % 200));
	}

	private void measure(String name, java.util.function.IntFunction<String> path) throws Exception {
		Random random = new Random(7);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
		List<Future<List<Long>>> workers = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int seed = random.nextInt();
			workers.add(pool.submit(() -> {
				Random r = new Random(seed);
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					var response = rest.getForEntity(path.apply(r.nextInt(Integer.MAX_VALUE)), String.class);
					latencies.add(System.nanoTime() - start);
					assertThat(response.getStatusCode().value()).isEqualTo(200);
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> w : workers) {
			all.addAll(w.get());
		}
		pool.shutdown();
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("BENCHMARK %s: %d requests in %d s with %d threads = %.0f req/s; p50 %.1f ms, p95 %.1f ms,"
				+ " p99 %.1f ms%n", name, sorted.length, SECONDS, THREADS, sorted.length / (double) SECONDS,
				percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
	}

	private static double percentile(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1_000_000.0;
	}

	/** Published documents with one version each, in batches; returns their ids. */
	private List<Long> generate(JdbcTemplate jdbc, int count) {
		List<Organisation> orgs = organisations.active();
		List<long[]> targets = new ArrayList<>();
		jdbc.query("SELECT organisation_id, id FROM disclosure_column WHERE retired_at IS NULL AND code IN"
				+ " ('policy', 'notices', 'news', 'plan', 'meetings')",
				rs -> {
					targets.add(new long[] { rs.getLong(1), rs.getLong(2) });
				});
		assertThat(targets).isNotEmpty();
		assertThat(orgs).isNotEmpty();
		boolean index = Boolean.getBoolean("yangguang.benchmark.index");
		Random random = new Random(2026);
		String[] words = { "政务公开", "依申请公开", "办结", "好差评", "一次性告知", "行政许可", "财政预算", "乡村振兴", "教育", "医疗",
				"道路", "水利", "补贴", "审计", "采购", "招聘" };
		Long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM disclosure_document", Long.class);
		int batch = 1000;
		Instant now = Instant.now();
		for (int done = 0; done < count; done += batch) {
			int n = Math.min(batch, count - done);
			List<Object[]> docs = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				long[] target = targets.get(random.nextInt(targets.size()));
				int seq = done + i + 1;
				Timestamp published = Timestamp.from(now.minusSeconds(random.nextInt(2 * 365 * 86_400)));
				docs.add(new Object[] { target[0], "BENCH" + target[0] + "/2026-" + String.format("%07d", seq),
						target[1], published, published, published, published });
			}
			jdbc.batchUpdate("INSERT INTO disclosure_document (organisation_id, index_no, status, current_version,"
					+ " current_column_id, current_published_at, first_published_at, created_at, updated_at)"
					+ " VALUES (?, ?, 'published', 1, ?, ?, ?, ?, ?)", docs);
		}
		List<Object[]> created = jdbc.query("SELECT id, current_column_id, current_published_at FROM disclosure_document"
				+ " WHERE id > ? ORDER BY id", (rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getTimestamp(3) },
				before);
		List<Long> ids = new ArrayList<>(created.size());
		List<Object[]> versions = new ArrayList<>(batch);
		for (Object[] row : created) {
			long id = (Long) row[0];
			ids.add(id);
			long column = (Long) row[1];
			String w1 = words[random.nextInt(words.length)];
			String w2 = words[random.nextInt(words.length)];
			String text = ("关于" + w1 + "和" + w2 + "工作的通知。").repeat(20);
			Timestamp published = (Timestamp) row[2];
			LocalDate written = published.toLocalDateTime().toLocalDate().minusDays(3);
			versions.add(new Object[] { id, column, "关于做好" + w1 + "与" + w2 + "工作的通知（第" + id + "号）", written, written,
					"<p>" + text + "</p>", text, published, written.plusDays(3), published, published });
			if (versions.size() == batch) {
				insertVersions(jdbc, versions, index);
			}
		}
		insertVersions(jdbc, versions, index);
		jdbc.execute("ANALYZE");
		return ids;
	}

	private static void insertVersions(JdbcTemplate jdbc, List<Object[]> versions, boolean index) {
		if (versions.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("INSERT INTO disclosure_version (document_id, version_no, state, column_id, title, written_on,"
				+ " formed_on, topic, genre, classification, body_html, body_text, author_name, published_at,"
				+ " published_on, publisher_name, published_late, created_at, updated_at) VALUES (?, 1, 'published', ?,"
				+ " ?, ?, ?, 'general', 'notice', 'proactive', ?, ?, 'benchmark', ?, ?, 'benchmark', FALSE, ?, ?)",
				versions);
		if (index) {
			jdbc.batchUpdate("INSERT INTO search_change (source, item_id, changed_at) VALUES ('document', ?, ?)",
					versions.stream().map(v -> new Object[] { String.valueOf(v[0]), v[7] }).toList());
		}
		versions.clear();
	}
}
