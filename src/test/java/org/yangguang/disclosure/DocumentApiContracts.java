package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.disclosure.internal.IndexNumber;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The stable contracts of issue 4: create (201 with the id), list and read published documents with their
 * versions and hashes, and the problem+json answers: 400 with field errors, 403 out of role, 409 for an illegal
 * transition, 401 without a token.
 */
@IntegrationTest
class DocumentApiContracts {

	@Autowired
	TestRestTemplate rest;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void aClerkCreatesADraftInTheOwnOrganisation() {
		ResponseEntity<String> r = api.post("/api/v1/documents", Disclosure.draft(Disclosure.unique("草稿")), "clerk");
		assertThat(r.getStatusCode().value()).isEqualTo(201);
		long id = Api.read(r).get("id").asLong();
		assertThat(r.getHeaders().getLocation()).hasToString("/api/v1/documents/" + id);
		JsonNode staffView = Api.read(api.get("/api/v1/documents/" + id, "clerk"));
		assertThat(staffView.get("state").asString()).isEqualTo("draft");
		assertThat(staffView.get("org").asString()).isEqualTo("520329-JYJ");
		assertThat(staffView.get("column").asString()).isEqualTo("政策文件");
		assertThat(staffView.get("indexNo").isNull()).isTrue();
	}

	@Test
	void aDraftIsNotPublic() {
		long id = Disclosure.create(api, "clerk", Disclosure.draft(Disclosure.unique("未公开")));
		assertThat(api.get("/api/v1/documents/" + id, null).getStatusCode().value()).isEqualTo(404);
		assertThat(api.get("/api/v1/documents/" + id, "citizen1").getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void aPublishedDocumentHasMetadataVersionsAndHashes() {
		String title = Disclosure.unique("关于印发教育系统政务公开办法的通知");
		long id = Disclosure.published(api, title);
		JsonNode doc = Api.read(api.get("/api/v1/documents/" + id, null));
		assertThat(doc.get("id").asLong()).isEqualTo(id);
		assertThat(doc.get("title").asString()).isEqualTo(title);
		assertThat(doc.get("status").asString()).isEqualTo("published");
		assertThat(doc.get("validity").asString()).isEqualTo("in_force");
		assertThat(IndexNumber.isWellFormed(doc.get("indexNo").asString())).isTrue();
		assertThat(doc.get("writtenOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(doc.get("publishedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
		assertThat(doc.get("sha256").asString()).matches("[0-9a-f]{64}");
		assertThat(doc.get("versions")).hasSize(1);
		assertThat(doc.get("versions").get(0).get("sha256").asString()).isEqualTo(doc.get("sha256").asString());
		assertThat(doc.get("body").asString()).contains("第一条");
	}

	@Test
	void theListIsNewestFirstAndFiltersByOrganisationCodeAndColumnName() {
		long older = Disclosure.published(api, Disclosure.unique("较早发布"));
		long newer = Disclosure.published(api, Disclosure.unique("较晚发布"));
		JsonNode list = Api.read(api.get("/api/v1/documents?org=520329-JYJ&column=政策文件&page=0&size=5", null));
		assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(newer);
		assertThat(list.get("items").get(1).get("id").asLong()).isEqualTo(older);
		assertThat(list.get("items")).allSatisfy(item -> {
			assertThat(item.get("org").asString()).isEqualTo("520329-JYJ");
			assertThat(item.get("column").asString()).isEqualTo("政策文件");
		});
		JsonNode county = Api.read(api.get("/api/v1/documents?org=520329", null));
		assertThat(county.get("items")).noneSatisfy(i -> assertThat(i.get("id").asLong()).isEqualTo(newer));
	}

	@Test
	void anUnknownColumnIsAFieldError() {
		var body = Disclosure.draft(Disclosure.unique("错栏目"));
		body.put("column", "不存在的栏目");
		ResponseEntity<String> r = api.post("/api/v1/documents", body, "clerk");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = Api.read(r);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("column");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("不存在的栏目");
	}

	@Test
	void missingFieldsAreAllReported() {
		ResponseEntity<String> r = api.post("/api/v1/documents", Map.of("title", "只有标题"), "clerk");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		JsonNode errors = Api.read(r).get("errors");
		assertThat(java.util.stream.StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("field").asString()))
			.contains("body", "column", "writtenOn", "formedOn", "classification");
	}

	@Test
	void publishingADraftIsAnIllegalTransition() {
		long id = Disclosure.create(api, "clerk", Disclosure.draft(Disclosure.unique("直接发布")));
		ResponseEntity<String> r = api.post("/api/v1/documents/" + id + "/publish", null, "leader");
		assertThat(r.getStatusCode().value()).isEqualTo(409);
		assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(Api.read(r).get("code").asString()).isEqualTo("disclosure.error.transition");
	}

	@Test
	void aWindowClerkMayNotDraftDocuments() {
		ResponseEntity<String> r = api.post("/api/v1/documents", Disclosure.draft(Disclosure.unique("窗口")), "window");
		assertThat(r.getStatusCode().value()).isEqualTo(403);
		assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void withoutATokenStaffActionsAreUnauthorised() {
		assertThat(api.post("/api/v1/documents", Disclosure.draft("匿名"), null).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void theReviewDecisionMustBeApproveOrReturn() {
		long id = Disclosure.create(api, "clerk", Disclosure.draft(Disclosure.unique("审核结论")));
		Disclosure.step(api, "clerk", id, "submit", null);
		ResponseEntity<String> r = api.post("/api/v1/documents/" + id + "/review", Map.of("decision", "ok"), "leader");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(r).get("errors").get(0).get("field").asString()).isEqualTo("decision");
		ResponseEntity<String> noReason = api.post("/api/v1/documents/" + id + "/review",
				Map.of("decision", "return"), "leader");
		assertThat(noReason.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(noReason).get("errors").get(0).get("field").asString()).isEqualTo("comment");
	}

	@Test
	void aWithdrawalNeedsAReason() {
		long id = Disclosure.published(api, Disclosure.unique("撤回须说明理由"));
		ResponseEntity<String> r = api.post("/api/v1/documents/" + id + "/withdraw", Map.of("reason", " "), "leader");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(r).get("errors").get(0).get("field").asString()).isEqualTo("reason");
	}
}
