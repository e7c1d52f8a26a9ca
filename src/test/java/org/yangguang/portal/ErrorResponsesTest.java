package org.yangguang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/** API errors are RFC 9457 problem+json with field lists; pages show an error page with a reference id. */
@IntegrationTest
class ErrorResponsesTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MockMvc mvc;

	@Test
	void validationErrorListsEveryBadField() {
		var r = new Api(rest).post("/api/v1/organisations", Map.of("code", "", "kind", "department"), "admin");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
		var body = Api.read(r);
		assertThat(body.get("status").asInt()).isEqualTo(400);
		assertThat(body.get("reference").asString()).hasSize(10);
		assertThat(body.get("errors").toString()).contains("\"field\":\"code\"").contains("\"field\":\"name\"");
		assertThat(r.getBody()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void businessRuleViolationIs400WithTheRuleInPlainLanguage() {
		var r = new Api(rest).post("/api/v1/organisations",
				Map.of("code", "520329-JYJ", "name", "重复编码", "kind", "department", "parentId", 1), "admin");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(r).get("detail").asString()).contains("520329-JYJ").contains("已被使用");
	}

	@Test
	void englishRequestsGetEnglishProblems() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
		var r = rest.exchange("/api/v1/auth/token", HttpMethod.POST,
				new HttpEntity<>(Map.of("username", "clerk", "password", "nope-123"), headers), String.class);
		assertThat(Api.read(r).get("title").asString()).isEqualTo("Sign-in required");
	}

	@Test
	void unknownApiPathIsProblemJson404() {
		var r = new Api(rest).get("/api/v1/no-such-thing", "admin");
		assertThat(r.getStatusCode().value()).isEqualTo(404);
		assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
	}

	@Test
	void unreadableJsonIs400ProblemJson() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		var r = rest.exchange("/api/v1/auth/token", HttpMethod.POST, new HttpEntity<>("{not json", headers),
				String.class);
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void unknownOrganisationIs404ProblemJson() {
		var r = new Api(rest).get("/api/v1/organisations/999999", null);
		assertThat(r.getStatusCode().value()).isEqualTo(404);
		assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void missingPageShowsLocalisedErrorPageWithReference() {
		var zh = rest.getForEntity("/no-such-page", String.class);
		assertThat(zh.getStatusCode().value()).isEqualTo(404);
		assertThat(zh.getBody()).contains("lang=\"zh-CN\"").containsPattern("[A-Z2-9]{10}").doesNotContain("Exception");
		var en = rest.getForEntity("/no-such-page?lang=en", String.class);
		assertThat(en.getStatusCode().value()).isEqualTo(404);
		assertThat(en.getBody()).contains("lang=\"en\"");
	}
}
