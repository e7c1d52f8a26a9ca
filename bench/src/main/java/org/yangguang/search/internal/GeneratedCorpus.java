package org.yangguang.search.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.yangguang.bench.CorpusSentences;
import org.yangguang.shared.Searchable;

/**
 * Published documents made of sentences of the seed corpus: a title from one sentence, a body of 8–25 sentences,
 * a document number, one of twenty publishers, twelve columns, six topics, five genres, 2019–2025. The same seed
 * gives the same documents.
 */
public final class GeneratedCorpus {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	static final String[] COLUMNS = { "机构职能", "政策文件", "政策解读", "规划计划", "财政预决算", "政府采购", "重大项目", "人事信息",
			"行政许可", "行政处罚", "收费目录", "村务公开" };
	static final String[] TOPICS = { "综合政务", "城乡建设", "人口与计划生育", "教育", "卫生", "民政" };
	static final String[] GENRES = { "通知", "意见", "讲话", "纪要", "报告" };
	static final String[] PREFIXES = { "余府发", "余府办发", "余教发", "余民发", "余人社发" };

	private final CorpusSentences sentences;
	private final Random random;

	GeneratedCorpus(long seed) {
		this.sentences = new CorpusSentences(seed);
		this.random = sentences.random();
	}

	/** Document {@code id}, published by one of the organisations 1–20. */
	Searchable next(long id) {
		String body = String.join("\n", sentences.paragraphs());
		int year = 2019 + random.nextInt(7);
		Instant published = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28))
			.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(ZONE).toInstant();
		long org = 1 + random.nextInt(20);
		String docNo = PREFIXES[random.nextInt(PREFIXES.length)] + "〔" + year + "〕" + (1 + random.nextInt(300)) + "号";
		return new Searchable("document", String.valueOf(id), sentences.title(), body, docNo,
				String.format("11520329MB%07dX/%d-%05d", org, year, id % 100_000), org, "机构" + org,
				COLUMNS[random.nextInt(COLUMNS.length)], TOPICS[random.nextInt(TOPICS.length)],
				GENRES[random.nextInt(GENRES.length)], random.nextInt(10) == 0 ? "repealed" : "in_force",
				LocalDate.ofInstant(published, ZONE).minusDays(random.nextInt(20)), published, "",
				"/disclosure/documents/" + id);
	}

	static OrganisationRef organisation(long id) {
		return new OrganisationRef(id, "ORG-" + id, id == 1 ? List.of(1L) : List.of(1L, id));
	}
}
