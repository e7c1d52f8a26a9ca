package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.bench.CorpusSentences;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.Classification;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.VersionContent;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;

/**
 * Benchmark data, not part of the application: tops the database up to {@code bench.documents} generated published
 * documents (titles and texts from corpus sentences) of the county, its departments and townships. They go through
 * the disclosure module's own demo publisher, so each is a real document: review record, history, index number,
 * SHA-256, audit entry and search change. Counted by their {@code source} so that a second run adds nothing.
 */
@Order(40)
public class BenchDocuments implements ApplicationRunner {

	static final String SOURCE = "基准测试生成";
	static final int PER_TRANSACTION = 200;

	private static final Logger log = LoggerFactory.getLogger(BenchDocuments.class);

	private final Organisations organisations;
	private final Catalog catalog;
	private final DemoPublisher publisher;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Environment environment;
	private final Clock clock;

	BenchDocuments(Organisations organisations, Catalog catalog, DemoPublisher publisher, JdbcClient jdbc,
			PlatformTransactionManager transactions, Environment environment, Clock clock) {
		this.organisations = organisations;
		this.catalog = catalog;
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long wanted = environment.getProperty("bench.documents", Long.class, 0L);
		long existing = jdbc.sql("SELECT COUNT(*) FROM disclosure_version WHERE source = ?").param(SOURCE)
			.query(Long.class).single();
		if (existing >= wanted) {
			log.info("{} generated documents present (wanted {})", existing, wanted);
			return;
		}
		List<Organisation> publishers = organisations.active().stream()
			.filter(o -> o.kind() != OrganisationKind.VILLAGE && !catalog.columns(o.id()).isEmpty()).toList();
		CorpusSentences corpus = new CorpusSentences(existing + 1);
		Random random = corpus.random();
		DemoPublisher.Person author = new DemoPublisher.Person(null, "基准测试经办人");
		DemoPublisher.Person reviewer = new DemoPublisher.Person(null, "基准测试审核人");
		LocalDate today = LocalDate.now(clock);
		long started = System.nanoTime();
		for (long done = existing; done < wanted;) {
			long batch = Math.min(PER_TRANSACTION, wanted - done);
			transaction.executeWithoutResult(status -> {
				for (int i = 0; i < batch; i++) {
					Organisation org = publishers.get(random.nextInt(publishers.size()));
					List<CatalogColumn> columns = catalog.columns(org.id());
					CatalogColumn column = columns.get(random.nextInt(columns.size()));
					LocalDate on = today.minusDays(1 + random.nextInt(6 * 365));
					String html = corpus.paragraphs().stream().map(p -> "<p>" + p + "</p>")
						.reduce("", String::concat);
					String text = BodySanitizer.text(html);
					Genre genre = Genre.values()[random.nextInt(Genre.values().length)];
					VersionContent content = new VersionContent(column.id(), corpus.title(),
							"余府发〔" + on.getYear() + "〕" + (1 + random.nextInt(500)) + "号", on.minusDays(3),
							on.minusDays(2), Topic.values()[random.nextInt(Topic.values().length)], genre,
							genre.label(), text.length() > 120 ? text.substring(0, 120) + "…" : text, SOURCE,
							Classification.PROACTIVE, null, html, text, null, null);
					publisher.publishNew(org.id(), content, author, reviewer, on, null);
				}
			});
			done += batch;
			if (done % 5000 == 0 || done == wanted) {
				log.info("generated {} of {} documents ({} s)", done, wanted,
						(System.nanoTime() - started) / 1_000_000_000L);
			}
		}
	}
}
