package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** 审核人不得为起草人: a leader who drafts must have the draft reviewed by someone else. */
@IntegrationTest
class NobodyReviewsTheirOwnDraft {

	@Autowired
	TestRestTemplate rest;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void theAuthorCannotApproveOrReturnTheirDraft() {
		long id = Disclosure.create(api, "leader", Disclosure.draft(Disclosure.unique("领导起草")));
		Disclosure.step(api, "leader", id, "submit", null);
		assertThat(api.post("/api/v1/documents/" + id + "/review", Disclosure.approve(), "leader").getStatusCode()
			.value()).isEqualTo(403);
		assertThat(api.post("/api/v1/documents/" + id + "/review", Map.of("decision", "return", "comment", "自己退回"),
				"leader").getStatusCode().value()).isEqualTo(403);
		JsonNode reviewed = Disclosure.step(api, "office", id, "review", Disclosure.approve());
		assertThat(reviewed.get("state").asString()).isEqualTo("reviewed");
		JsonNode published = Disclosure.step(api, "leader", id, "publish", null);
		assertThat(published.get("status").asString()).isEqualTo("published");
	}

	@Test
	void aReturnedDraftGoesBackToItsAuthorWithTheReasons() {
		long id = Disclosure.create(api, "clerk", Disclosure.draft(Disclosure.unique("退回修改")));
		Disclosure.step(api, "clerk", id, "submit", null);
		JsonNode returned = Disclosure.step(api, "leader", id, "review",
				Map.of("decision", "return", "comment", "请补充政策依据"));
		assertThat(returned.get("state").asString()).isEqualTo("returned");
		var edited = api.put("/api/v1/documents/" + id, Disclosure.draft(Disclosure.unique("退回后修改")), "clerk");
		assertThat(edited.getStatusCode().value()).isEqualTo(200);
		assertThat(Disclosure.step(api, "clerk", id, "submit", null).get("state").asString()).isEqualTo("submitted");
	}
}
