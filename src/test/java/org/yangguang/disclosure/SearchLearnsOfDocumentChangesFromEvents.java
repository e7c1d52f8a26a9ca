package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.search.SearchHit;
import org.yangguang.search.SearchIndex;
import org.yangguang.search.SearchQuery;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;
import org.yangguang.support.UniqueWords;

/**
 * Disclosure never calls search: it publishes its events, and search's listener records what must be read
 * again. A published document is found, a withdrawn one is gone, a repealed one is marked repealed, and a renamed
 * column shows its new name — each through an event the publication registry saw delivered to search. The
 * listener runs after the publishing commit, asynchronously (Spring Modulith enables {@code @Async} for it).
 */
@IntegrationTest
class SearchLearnsOfDocumentChangesFromEvents {

	static final String LISTENER = "org.yangguang.search.internal.ChangeListener";
	/** The listener runs after the publishing commit, on a thread of its own; the poller follows. */
	static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void aPublishedDocumentIsFoundAndOnceWithdrawnIsGone() {
		String word = UniqueWords.word("事件发布");
		long id = Disclosure.published(api, "关于" + word + "的通知");
		await().atMost(PATIENCE).until(() -> deliveredToSearch(DocumentPublished.class, id));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(word)).containsExactly(String.valueOf(id)));

		Disclosure.step(api, "leader", id, "withdraw", Map.of("reason", "重复发布"));
		await().atMost(PATIENCE).until(() -> deliveredToSearch(DocumentWithdrawn.class, id));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(word)).isEmpty());
	}

	@Test
	void aRepealedDocumentIsFoundMarkedRepealed() {
		String word = UniqueWords.word("事件废止");
		long id = Disclosure.published(api, "关于" + word + "的规定");
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(hits(word)).singleElement()
			.satisfies(hit -> assertThat(hit.validity()).isEqualTo("in_force")));

		Disclosure.step(api, "leader", id, "repeal", Map.of("reason", "已被新规定替代"));
		await().atMost(PATIENCE).until(() -> deliveredToSearch(DocumentRepealed.class, id));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(hits(word)).singleElement()
			.satisfies(hit -> assertThat(hit.validity()).isEqualTo("repealed")));
	}

	@Test
	void aRenamedColumnsDocumentsShowTheNewName() throws Exception {
		Cookie office = Pages.login(mvc, "office");
		String column = UniqueWords.word("检索栏目");
		mvc.perform(post("/workbench/disclosure/catalog/520329-JYJ/columns").with(csrf()).cookie(office)
			.param("name", column).param("freshness", "regular"));
		long columnId = jdbc.sql("SELECT id FROM disclosure_column WHERE name = ?").param(column).query(Long.class)
			.single();
		String word = UniqueWords.word("栏目更名");
		long id = Disclosure.create(api, "clerk",
				Disclosure.draft("关于" + word + "的通知", column, LocalDate.now(ZoneId.of("Asia/Shanghai"))));
		Disclosure.step(api, "clerk", id, "submit", null);
		Disclosure.step(api, "leader", id, "review", Disclosure.approve());
		Disclosure.step(api, "leader", id, "publish", null);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(hits(word)).singleElement()
			.satisfies(hit -> assertThat(hit.column()).isEqualTo(column)));

		String renamed = column + "（更名）";
		mvc.perform(post("/workbench/disclosure/catalog/columns/" + columnId + "/rename").with(csrf()).cookie(office)
			.param("name", renamed));
		await().atMost(PATIENCE).until(() -> delivered(CatalogColumnRenamed.class, "\"columnId\":" + columnId));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(hits(word)).singleElement()
			.satisfies(hit -> assertThat(hit.column()).isEqualTo(renamed)));
	}

	/**
	 * The registry holds no pending publication of the event about this document to search's listener (completed
	 * publications are deleted at once); that the listener ran is shown by the index assertions that follow.
	 */
	private boolean deliveredToSearch(Class<?> eventType, long documentId) {
		return delivered(eventType, "\"documentId\":" + documentId);
	}

	private boolean delivered(Class<?> eventType, String fragment) {
		List<String> pending = jdbc.sql("""
				SELECT serialized_event FROM event_publication
				WHERE event_type = ? AND listener_id LIKE ? AND completion_date IS NULL""")
			.params(eventType.getName(), LISTENER + "%").query(String.class).list();
		return pending.stream().noneMatch(e -> e.replace(" ", "").contains(fragment));
	}

	/** The hits once the changes recorded so far are applied. */
	private List<SearchHit> hits(String word) {
		searchIndex.applyPendingChanges();
		return searchIndex.search(SearchQuery.of(word)).hits();
	}

	private List<String> ids(String word) {
		return hits(word).stream().map(SearchHit::id).toList();
	}
}
