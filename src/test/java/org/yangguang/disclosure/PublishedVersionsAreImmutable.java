package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 公开档案: a published version never changes. An amendment is a new version through the same review; the old
 * version stays at its own address with a notice, and each version's content file hashes to the SHA-256 shown.
 */
@IntegrationTest
class PublishedVersionsAreImmutable {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void aPublishedVersionCannotBeEdited() {
		long id = Disclosure.published(api, Disclosure.unique("不可修改"));
		String before = body(id, 1);
		ResponseEntity<String> r = api.put("/api/v1/documents/" + id, Disclosure.draft("篡改后的标题"), "leader");
		assertThat(r.getStatusCode().value()).isEqualTo(409);
		assertThat(body(id, 1)).isEqualTo(before);
	}

	@Test
	void anAmendmentIsANewVersionAndTheOldOneStaysRetrievable() {
		String title = Disclosure.unique("修订测试");
		long id = Disclosure.published(api, title);
		JsonNode v1 = Api.read(api.get("/api/v1/documents/" + id, null));
		String v1Hash = v1.get("sha256").asString();
		String indexNo = v1.get("indexNo").asString();

		JsonNode amending = Disclosure.step(api, "clerk", id, "amend", Map.of("changeNote", "修改第二条"));
		assertThat(amending.get("version").asInt()).isEqualTo(2);
		assertThat(amending.get("state").asString()).isEqualTo("draft");
		var changed = Disclosure.draft(title + "（修订）");
		changed.put("changeNote", "修改第二条适用范围");
		assertThat(api.put("/api/v1/documents/" + id, changed, "clerk").getStatusCode().value()).isEqualTo(200);
		// the public still sees version 1 while version 2 is prepared
		assertThat(Api.read(api.get("/api/v1/documents/" + id, null)).get("version").asInt()).isEqualTo(1);
		assertThat(api.post("/api/v1/documents/" + id + "/amend", null, "clerk").getStatusCode().value())
			.isEqualTo(409);
		Disclosure.step(api, "clerk", id, "submit", null);
		Disclosure.step(api, "leader", id, "review", Disclosure.approve());
		Disclosure.step(api, "leader", id, "publish", null);

		JsonNode current = Api.read(api.get("/api/v1/documents/" + id, null));
		assertThat(current.get("version").asInt()).isEqualTo(2);
		assertThat(current.get("title").asString()).isEqualTo(title + "（修订）");
		assertThat(current.get("indexNo").asString()).isEqualTo(indexNo);
		assertThat(current.get("versions")).hasSize(2);
		assertThat(current.get("versions").get(0).get("sha256").asString()).isEqualTo(v1Hash);
		assertThat(current.get("versions").get(0).get("validity").asString()).isEqualTo("amended");
		assertThat(current.get("sha256").asString()).isNotEqualTo(v1Hash);

		JsonNode old = Api.read(api.get("/api/v1/documents/" + id + "/versions/1", null));
		assertThat(old.get("title").asString()).isEqualTo(title);
		assertThat(old.get("validity").asString()).isEqualTo("amended");
		String page = rest.getForObject("/disclosure/documents/" + id + "/versions/1", String.class);
		assertThat(page).contains("此为历史版本", "现行版本为第 2 版", title);
	}

	@Test
	void eachVersionsContentFileHashesToTheShownSha256() {
		long id = Disclosure.published(api, Disclosure.unique("校验值"));
		String sha = Api.read(api.get("/api/v1/documents/" + id, null)).get("sha256").asString();
		ResponseEntity<byte[]> file = rest.getForEntity("/disclosure/documents/" + id + "/versions/1/content.html",
				byte[].class);
		assertThat(file.getStatusCode().value()).isEqualTo(200);
		assertThat(AttachmentStore.sha256(file.getBody())).isEqualTo(sha);
		assertThat(new String(file.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains("索引号", "第一条");
		assertThat(rest.getForObject("/disclosure/documents/" + id, String.class)).contains(sha);
	}

	@Test
	void theDatabaseRefusesToUpdateAPublishedVersionsContent() {
		long id = Disclosure.published(api, Disclosure.unique("数据库层"));
		int updated = jdbc.sql("UPDATE disclosure_version SET title = 'x' WHERE document_id = ? AND state IN"
				+ " ('draft', 'returned')").param(id).update();
		assertThat(updated).isZero();
	}

	@Test
	void withdrawalKeepsTheArchiveButLeavesThePortal() {
		String title = Disclosure.unique("撤回测试");
		long id = Disclosure.published(api, title);
		JsonNode withdrawn = Disclosure.step(api, "leader", id, "withdraw", Map.of("reason", "内容有误，需重新审核"));
		assertThat(withdrawn.get("status").asString()).isEqualTo("withdrawn");
		assertThat(api.get("/api/v1/documents/" + id, null).getStatusCode().value()).isEqualTo(404);
		ResponseEntity<String> page = rest.getForEntity("/disclosure/documents/" + id, String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(410);
		assertThat(page.getBody()).contains("内容有误，需重新审核").doesNotContain("第二条 本办法适用于");
		assertThat(Api.read(api.get("/api/v1/documents/" + id, "leader")).get("versions").get(0).get("sha256")
			.asString()).matches("[0-9a-f]{64}");
		assertThat(api.post("/api/v1/documents/" + id + "/amend", null, "leader").getStatusCode().value())
			.isEqualTo(409);
	}

	@Test
	void aRepealedDocumentStaysPublicWithABanner() {
		long id = Disclosure.published(api, Disclosure.unique("废止测试"));
		JsonNode repealed = Disclosure.step(api, "leader", id, "repeal", Map.of("reason", "已被新办法替代"));
		assertThat(repealed.get("validity").asString()).isEqualTo("repealed");
		JsonNode pub = Api.read(api.get("/api/v1/documents/" + id, null));
		assertThat(pub.get("validity").asString()).isEqualTo("repealed");
		assertThat(rest.getForObject("/disclosure/documents/" + id, String.class)).contains("本文件已废止", "已被新办法替代");
	}

	private String body(long id, int version) {
		return jdbc.sql("SELECT title || body_html FROM disclosure_version WHERE document_id = ? AND version_no = ?")
			.params(id, version).query(String.class).single();
	}
}
