package org.yangguang.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop HTTP load generator, bounded in requests and in time: {@code concurrency} clients each send
 * one request, wait for the answer, and send the next, until {@code requests} have been sent or {@code seconds}
 * have passed. A warm-up phase of the same kind runs first and is not counted. Reports throughput, latency
 * percentiles and every status other than 2xx.
 * <p>
 * Scenarios: {@code search} ({@code GET /api/v1/search} with a rotating set of realistic queries) and
 * {@code documents} ({@code GET /disclosure/documents/{id}} for random ids from 1 to {@code max-id}, by default
 * the number of published documents).
 *
 * <pre>
 * java -cp … org.yangguang.bench.HttpLoad base=http://localhost:8080 scenario=search concurrency=8 requests=20000 seconds=60
 * </pre>
 */
public final class HttpLoad {

	static final List<String> QUERIES = List.of("q=政务公开", "q=依申请公开", "q=信息公开", "q=办结 时限", "q=村务公开 计划生育",
			"q=一次性告知", "q=政府信息公开条例", "q=行政审批 便民服务中心", "q=领导小组 考核", "q=政务公开工作会议",
			"q=公开&year=2024", "q=监督&sort=date", "q=群众 满意&page=3", "q=即办件&size=20", "q=量子计算机");

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new ConcurrentHashMap<>(Map.of("base", "http://localhost:8080", "scenario",
				"search", "concurrency", "8", "requests", "20000", "seconds", "60", "warmup", "10", "max-id", "0",
				"path", "/disclosure/documents/"));
		Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> options.put(kv[0], kv[1]));
		String base = options.get("base");
		String scenario = options.get("scenario");
		int concurrency = Integer.parseInt(options.get("concurrency"));
		long maxRequests = Long.parseLong(options.get("requests"));
		int seconds = Integer.parseInt(options.get("seconds"));
		int warmup = Integer.parseInt(options.get("warmup"));
		long maxId = Long.parseLong(options.get("max-id"));
		if ("documents".equals(scenario) && maxId == 0) {
			maxId = publishedDocuments(base);
		}
		String documentPath = options.get("path");

		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
		Target target = switch (scenario) {
			case "search" -> n -> get(base + "/api/v1/search?" + encode(QUERIES.get((int) (n % QUERIES.size()))));
			case "documents" -> {
				long highest = maxId;
				yield n -> get(base + documentPath + (1 + ThreadLocalRandom.current().nextLong(highest)));
			}
			case "intake" -> CaseIntake.target(base, options.get("token"), options.get("item"), options.get("materials"));
			default -> throw new IllegalArgumentException("scenario must be search, documents or intake: " + scenario);
		};
		System.out.printf("%s: %d clients, at most %d requests or %d s (after %d s warm-up) against %s%n", scenario,
				concurrency, maxRequests, seconds, warmup, base);
		Result warm = run(client, target, concurrency, Long.MAX_VALUE, warmup);
		System.out.printf("warm-up: %d requests, statuses other than 2xx: %s%n", warm.requests(), warm.otherStatuses());
		Result result = run(client, target, concurrency, maxRequests, seconds);
		result.print();
	}

	/** The n-th request of a scenario. */
	interface Target {
		HttpRequest request(long n);
	}

	static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
			.header("Accept-Language", "zh-CN").GET().build();
	}

	record Result(long requests, double seconds, long[] latenciesMicros, Map<Integer, Long> otherStatuses,
			long failures) {

		void print() {
			Arrays.sort(latenciesMicros);
			System.out.printf("requests %d in %.1f s = %.1f req/s; failures %d; statuses other than 2xx: %s%n", requests,
					seconds, requests / seconds, failures, otherStatuses);
			System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", percentile(0.50),
					percentile(0.95), percentile(0.99), latenciesMicros.length == 0 ? 0
							: latenciesMicros[latenciesMicros.length - 1] / 1000.0);
		}

		double percentile(double p) {
			if (latenciesMicros.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(p * latenciesMicros.length) - 1;
			return latenciesMicros[Math.max(0, index)] / 1000.0;
		}
	}

	static Result run(HttpClient client, Target target, int concurrency, long maxRequests, int seconds)
			throws InterruptedException {
		AtomicLong issued = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		Map<Integer, Long> statuses = new ConcurrentHashMap<>();
		List<List<Long>> latencies = new ArrayList<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		long started = System.nanoTime();
		for (int c = 0; c < concurrency; c++) {
			List<Long> mine = new ArrayList<>();
			latencies.add(mine);
			pool.execute(() -> {
				long n;
				while ((n = issued.getAndIncrement()) < maxRequests && System.nanoTime() < deadline) {
					HttpRequest request = target.request(n);
					long sent = System.nanoTime();
					try {
						HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
						mine.add((System.nanoTime() - sent) / 1000);
						if (response.statusCode() / 100 != 2) {
							statuses.merge(response.statusCode(), 1L, Long::sum);
						}
					}
					catch (Exception e) {
						failures.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - started) / 1e9;
		long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
		return new Result(all.length, elapsed, all, statuses, failures.get());
	}

	/** How many documents are published: ids run from 1 to about that (a few are drafts or withdrawn: 404). */
	static long publishedDocuments(String base) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(base + "/api/v1/documents?size=1")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)")
			.matcher(response.body());
		if (!total.find()) {
			throw new IllegalStateException("no total in " + response.body());
		}
		return Long.parseLong(total.group(1));
	}

	private static String encode(String query) {
		StringBuilder out = new StringBuilder();
		for (String pair : query.split("&")) {
			String[] kv = pair.split("=", 2);
			if (out.length() > 0) {
				out.append('&');
			}
			out.append(kv[0]).append('=').append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
		}
		return out.toString();
	}
}
