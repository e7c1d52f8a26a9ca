package org.yangguang.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/search} is public and answers {@code {"total", "hits": [{"id", "title", "indexNo", "org",
 * "publishedAt", "snippet"}]}}; bad parameters get a 400 problem+json naming the parameter.
 */
@SearchIntegrationTest
class SearchApiAnswersTheContract {

	@Autowired
	TestRestTemplate rest;

	@Test
	void anonymousSearchFindsTheWordWithTheContractFields() {
		ResponseEntity<String> response = new Api(rest).get("/api/v1/search?q=即办件&column=" + CorpusSource.COLUMN_A,
				null);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode body = Api.read(response);
		assertThat(body.get("total").asLong()).isEqualTo(1);
		JsonNode hit = body.get("hits").get(0);
		assertThat(hit.get("id").isNumber()).isTrue();
		assertThat(hit.get("id").asLong()).isEqualTo(900004);
		assertThat(hit.get("title").asString()).isEqualTo(CorpusPiece.POWER_IN_THE_OPEN.title());
		assertThat(hit.get("indexNo").asString()).isEqualTo("TEST/900004");
		assertThat(hit.get("org").asString()).isEqualTo("余庆县人民政府");
		assertThat(hit.get("publishedAt").asString()).isEqualTo("2024-06-20T10:00:00+08:00");
		assertThat(hit.get("snippet").asString()).contains("<mark>即办件</mark>");
	}

	@Test
	void filtersByOrganisationColumnAndYear() {
		assertThat(ids("/api/v1/search?q=&org=520329-JYJ&column=" + CorpusSource.COLUMN_A + "&size=100"))
			.containsExactlyInAnyOrder(900001L, 900008L, 900009L);
		assertThat(ids("/api/v1/search?q=&org=520329102&subtree=true&size=100"))
			.contains(900002L, 900003L).doesNotContain(900001L, 900004L);
		assertThat(ids("/api/v1/search?q=计划生育&year=2022&column=" + CorpusSource.COLUMN_A))
			.containsExactly(900008L);
	}

	@Test
	void pagesHoldAtMostSizeHitsOfTheSameTotal() {
		JsonNode first = Api.read(new Api(rest).get("/api/v1/search?q=政务公开&size=2&page=0", null));
		JsonNode second = Api.read(new Api(rest).get("/api/v1/search?q=政务公开&size=2&page=1", null));

		assertThat(first.get("total").asLong()).isGreaterThan(4).isEqualTo(second.get("total").asLong());
		assertThat(first.get("hits")).hasSize(2);
		assertThat(second.get("hits")).hasSize(2);
		assertThat(first.get("hits").get(0).get("id")).isNotEqualTo(second.get("hits").get(0).get("id"));
	}

	@Test
	void badParametersAreRejectedWithProblemJsonNamingTheParameter() {
		assertBadParameter("/api/v1/search?q=政务&page=-1", "page");
		assertBadParameter("/api/v1/search?q=政务&size=101", "size");
		assertBadParameter("/api/v1/search?q=政务&year=20x4", "year");
		assertBadParameter("/api/v1/search?q=政务&sort=popular", "sort");
		assertBadParameter("/api/v1/search?q=政务&org=NO-SUCH-ORG", "org");
	}

	@Test
	void theProblemIsExplainedInTheRequestsLanguage() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
		headers.setAccept(List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON));
		ResponseEntity<String> english = rest.exchange("/api/v1/search?q=x&year=abcd", HttpMethod.GET,
				new HttpEntity<>(headers), String.class);
		ResponseEntity<String> chinese = new Api(rest).get("/api/v1/search?q=x&year=abcd", null);

		assertThat(Api.read(english).get("detail").asString()).contains("Year \"abcd\"");
		assertThat(Api.read(chinese).get("detail").asString()).contains("发布年份“abcd”");
	}

	private void assertBadParameter(String path, String parameter) {
		ResponseEntity<String> response = new Api(rest).get(path, null);

		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = Api.read(response);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(parameter);
		assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
	}

	private List<Long> ids(String path) {
		ResponseEntity<String> response = new Api(rest).get(path, null);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		List<Long> ids = new ArrayList<>();
		Api.read(response).get("hits").forEach(hit -> ids.add(hit.get("id").asLong()));
		return ids;
	}
}
