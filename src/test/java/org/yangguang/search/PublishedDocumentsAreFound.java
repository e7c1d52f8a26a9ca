package org.yangguang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.UniqueWords;

import tools.jackson.databind.JsonNode;

/**
 * Through HTTP, with the disclosure module: a document the clerk drafts and the leader reviews and publishes is
 * found by its words in {@code GET /api/v1/search}, with its id, index number and organisation; an amendment
 * replaces its words; once withdrawn it is gone.
 */
@IntegrationTest
class PublishedDocumentsAreFound {

	static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Clock clock;

	@Test
	void aPublishedDocumentIsFoundUntilItIsWithdrawn() {
		Api api = new Api(rest);
		String word = UniqueWords.word("检索发布");
		long id = publish(api, "关于" + word + "即办件办理时限的通知", "<p>各窗口对" + word + "事项实行好差评，办结后一次性告知。</p>");
		String indexNo = Api.read(api.get("/api/v1/documents/" + id, null)).get("indexNo").asString();

		await().atMost(PATIENCE).until(() -> ids(api, "q=" + word).contains(id));
		JsonNode hit = hit(api, "q=" + word, id);
		assertThat(hit.get("indexNo").asString()).isEqualTo(indexNo);
		assertThat(hit.get("org").asString()).isEqualTo("余庆县教育局");
		assertThat(hit.get("title").asString()).contains(word);
		assertThat(hit.get("snippet").asString()).contains("<mark>" + word + "</mark>");
		assertThat(ids(api, "q=" + word + " 好差评&org=520329-JYJ&column=政策文件")).containsExactly(id);
		assertThat(ids(api, "q=" + word + "&org=520329")).isEmpty();
		assertThat(ids(api, "q=" + word + "&org=520329&subtree=true")).containsExactly(id);

		assertThat(api.post("/api/v1/documents/" + id + "/withdraw", Map.of("reason", "内容有误，撤回核实"), "leader")
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		await().atMost(PATIENCE).until(() -> !ids(api, "q=" + word).contains(id));
	}

	@Test
	void anAmendmentReplacesTheWordsThatAreFound() {
		Api api = new Api(rest);
		String before = UniqueWords.word("修订前");
		String after = UniqueWords.word("修订后");
		long id = publish(api, "关于" + before + "的通知", "<p>" + before + "的说明。</p>");
		await().atMost(PATIENCE).until(() -> ids(api, "q=" + before).contains(id));

		ok(api.post("/api/v1/documents/" + id + "/amend", Map.of("changeNote", "更正名称"), "clerk"));
		ok(api.put("/api/v1/documents/" + id, content("关于" + after + "的通知", "<p>" + after + "的说明。</p>"), "clerk"));
		// the draft of the amendment is not public: the published version is still the one found
		assertThat(ids(api, "q=" + after)).doesNotContain(id);
		reviewAndPublish(api, id);

		await().atMost(PATIENCE).until(() -> ids(api, "q=" + after).contains(id));
		assertThat(ids(api, "q=" + before)).doesNotContain(id);
	}

	private long publish(Api api, String title, String body) {
		ResponseEntity<String> created = api.post("/api/v1/documents", content(title, body), "clerk");
		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
		long id = Api.read(created).get("id").asLong();
		reviewAndPublish(api, id);
		return id;
	}

	private void reviewAndPublish(Api api, long id) {
		ok(api.post("/api/v1/documents/" + id + "/submit", null, "clerk"));
		ok(api.post("/api/v1/documents/" + id + "/review", Map.of("decision", "approve", "comment", "已审核",
				"confidentialityChecked", true, "accuracyChecked", true), "leader"));
		ok(api.post("/api/v1/documents/" + id + "/publish", null, "leader"));
	}

	private Map<String, Object> content(String title, String body) {
		LocalDate today = LocalDate.now(clock);
		return Map.of("title", title, "body", body, "column", "政策文件", "writtenOn", today.minusDays(2).toString(),
				"formedOn", today.minusDays(1).toString(), "docNo", "余教发〔" + today.getYear() + "〕"
						+ (100 + (System.nanoTime() % 800)) + "号",
				"classification", "proactive");
	}

	private static void ok(ResponseEntity<String> response) {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
	}

	private static List<Long> ids(Api api, String query) {
		List<Long> ids = new ArrayList<>();
		Api.read(api.get("/api/v1/search?" + query, null)).get("hits").forEach(h -> ids.add(h.get("id").asLong()));
		return ids;
	}

	private static JsonNode hit(Api api, String query, long id) {
		for (JsonNode hit : Api.read(api.get("/api/v1/search?" + query, null)).get("hits")) {
			if (hit.get("id").asLong() == id) {
				return hit;
			}
		}
		throw new AssertionError("no hit " + id + " for " + query);
	}
}
