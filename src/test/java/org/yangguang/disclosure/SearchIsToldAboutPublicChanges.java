package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yangguang.shared.SearchSource;
import org.yangguang.shared.Searchable;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/**
 * The search feed: publication, amendment, withdrawal and repeal reach the change table through their events
 * (search's listener appends a row once the change committed, asynchronously); the source hands over public
 * documents only, with their body, attachment text and metadata.
 */
@IntegrationTest
class SearchIsToldAboutPublicChanges {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	List<SearchSource> sources;

	@Autowired
	JdbcClient jdbc;

	Api api;
	SearchSource documents;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		documents = sources.stream().filter(s -> s.name().equals("document")).findFirst().orElseThrow();
	}

	@Test
	void aPublishedDocumentIsFoundAndAWithdrawnOneIsGone() {
		String title = Disclosure.unique("依申请公开办结好差评");
		long id = Disclosure.create(api, "clerk", Disclosure.draft(title));
		assertThat(documents.find(String.valueOf(id))).isEmpty();
		long changesBefore = changes(id);
		Disclosure.step(api, "clerk", id, "submit", null);
		Disclosure.step(api, "leader", id, "review", Disclosure.approve());
		Disclosure.step(api, "leader", id, "publish", null);
		await().atMost(Duration.ofSeconds(10)).until(() -> changes(id) == changesBefore + 1);
		Searchable found = documents.find(String.valueOf(id)).orElseThrow();
		assertThat(found.title()).isEqualTo(title);
		assertThat(found.text()).contains("第一条 为规范政务公开工作");
		assertThat(found.organisationName()).isEqualTo("余庆县教育局");
		assertThat(found.column()).isEqualTo("政策文件");
		assertThat(found.validity()).isEqualTo("in_force");
		assertThat(found.indexNo()).isNotBlank();
		assertThat(found.url()).isEqualTo("/disclosure/documents/" + id);

		Disclosure.step(api, "leader", id, "withdraw", Map.of("reason", "重复发布"));
		await().atMost(Duration.ofSeconds(10)).until(() -> changes(id) == changesBefore + 2);
		assertThat(documents.find(String.valueOf(id))).isEmpty();
	}

	@Test
	void aRepealIsReportedWithItsValidity() {
		long id = Disclosure.published(api, Disclosure.unique("废止后仍可检索"));
		Disclosure.step(api, "leader", id, "repeal", Map.of("reason", "已废止"));
		assertThat(documents.find(String.valueOf(id)).orElseThrow().validity()).isEqualTo("repealed");
	}

	@Test
	void aRebuildPagesThroughEveryPublicDocumentInIdOrder() {
		long id = Disclosure.published(api, Disclosure.unique("重建索引"));
		List<Searchable> all = new java.util.ArrayList<>();
		String after = "";
		while (true) {
			List<Searchable> page = documents.page(after, 7);
			if (page.isEmpty()) {
				break;
			}
			all.addAll(page);
			after = page.get(page.size() - 1).id();
		}
		List<Long> ids = all.stream().map(s -> Long.valueOf(s.id())).toList();
		assertThat(ids).isSorted().doesNotHaveDuplicates().contains(id);
		long publicCount = jdbc.sql("SELECT COUNT(*) FROM disclosure_document WHERE status IN ('published', 'repealed')")
			.query(Long.class).single();
		assertThat((long) ids.size()).isEqualTo(publicCount);
		assertThat(all).allSatisfy(s -> assertThat(s.source()).isEqualTo("document"));
	}

	@Test
	void theDemoBudgetIsFoundByItsPdfText() {
		Long budget = jdbc.sql("SELECT d.id FROM disclosure_document d JOIN disclosure_version v ON v.document_id = d.id"
				+ " AND v.version_no = d.current_version WHERE v.title = '余庆县教育局部门预算公开'").query(Long.class).optional()
			.orElseThrow();
		assertThat(documents.find(String.valueOf(budget)).orElseThrow().attachmentText())
			.contains("Total revenue budget: 48236.50");
	}

	private long changes(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM search_change WHERE source = 'document' AND item_id = ?")
			.param(String.valueOf(id)).query(Long.class).single();
	}
}
