package org.yangguang.annualreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Within a department (a unit under 余庆县教育局): the clerk drafts the sections through the API, the clerk may not
 * publish, the leader does; the version guards against overwriting someone else's text.
 */
@IntegrationTest
class DepartmentWritesAndItsLeaderPublishes {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	@Test
	void theClerkWritesTheLeaderPublishes() {
		Api api = new Api(rest);
		TwoYearRegister unit = TwoYearRegister.importedFor(api, organisations.getByCode("520329-JYJ").id());
		String query = "?year=2024&org=" + unit.code;

		ResponseEntity<String> missing = api.post("/api/v1/reports/annual/publish" + query, null, "leader");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Api.read(missing).get("errors").get(0).get("field").asString()).isEqualTo("overview");

		ResponseEntity<String> saved = api.put("/api/v1/reports/annual/sections" + query, Map.of("overview",
				"2024年全年新收申请7件。", "problems", "答复时限管理有待加强。", "otherMatters", "无。", "version", 0), "clerk");
		assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(Api.read(saved).get("version").asInt()).isEqualTo(1);
		assertThat(Api.read(saved).get("updatedBy").asString()).isEqualTo("clerk");

		ResponseEntity<String> stale = api.put("/api/v1/reports/annual/sections" + query, Map.of("overview", "旧稿",
				"problems", "旧稿", "otherMatters", "旧稿", "version", 0), "leader");
		assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		assertThat(api.post("/api/v1/reports/annual/publish" + query, null, "clerk").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> published = api.post("/api/v1/reports/annual/publish" + query, null, "leader");
		assertThat(published.getStatusCode()).as(published.getBody()).isEqualTo(HttpStatus.CREATED);
		JsonNode body = Api.read(published);
		assertThat(body.get("documentId").asLong()).isPositive();
		assertThat(body.get("legalDeadline").asString()).isEqualTo("2025-01-31");
		assertThat(body.get("late").asBoolean()).isTrue();

		assertThat(api.get("/api/v1/reports/annual" + query, "citizen1").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.getForEntity("/annual-reports/" + unit.code + "/2024", String.class).getBody())
			.contains("2024年全年新收申请7件");
	}
}
