package org.yangguang.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 好差评: a bad rating goes to the handling department with a rectification deadline of 15 working days; the
 * department rectifies it (the rater is told) or appeals it, and a supervisor who upholds the appeal removes it from
 * the figures; good ratings are simply recorded; the public list shows bad ratings without the rater.
 */
@IntegrationTest
class BadRatingsAreRectifiedOrRemovedOnAppeal {

	@Autowired
	TestRestTemplate rest;

	Api api;
	ServiceCaseApi cases;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		cases = new ServiceCaseApi(api);
	}

	@Test
	void aBadRatingIsRectifiedByTheDepartmentAndTheRaterIsTold() {
		String caseNo = cases.closedCase(cases.publishOwnItem("整改测试事项"));
		JsonNode rating = rate(caseNo, 1, "窗口人员态度生硬");
		assertThat(rating.get("status").asString()).isEqualTo("verifying");
		assertThat(rating.get("rectifyDue").asString()).isNotBlank();
		long id = rating.get("id").asLong();

		assertThat(api.post("/api/v1/service-ratings/" + id + "/rectify", Map.of("note", "已约谈"), "window")
			.getStatusCode().value()).isEqualTo(403);
		assertThat(api.post("/api/v1/service-ratings/" + id + "/rectify", Map.of("note", " "), "clerk")
			.getStatusCode().value()).isEqualTo(400);
		JsonNode rectified = Api.read(api.post("/api/v1/service-ratings/" + id + "/rectify",
				Map.of("note", "已对窗口人员批评教育并电话致歉"), "clerk"));
		assertThat(rectified.get("status").asString()).isEqualTo("rectified");
		assertThat(api.post("/api/v1/service-ratings/" + id + "/unfounded", Map.of("note", "x"), "clerk")
			.getStatusCode().value()).isEqualTo(409);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				Api.read(api.get("/api/v1/notifications", "citizen1")).toString()).contains(caseNo).contains("已整改"));
		String list = api.get("/api/v1/service-ratings/rectifications", null).getBody();
		assertThat(list).contains(caseNo).contains("已对窗口人员批评教育并电话致歉");
	}

	@Test
	void aRatingRemovedOnAppealNoLongerCountsAndGoodRatingsAreJustRecorded() {
		String item = cases.publishOwnItem("申诉测试事项");
		String good = cases.closedCase(item);
		assertThat(rate(good, 5, null).get("status").asString()).isEqualTo("recorded");
		JsonNode before = Api.read(api.get("/api/v1/stats/services?dept=520329-JYJ", null));

		String bad = cases.closedCase(item);
		long id = rate(bad, 2, "点错了").get("id").asLong();
		JsonNode withBad = Api.read(api.get("/api/v1/stats/services?dept=520329-JYJ", null));
		assertThat(withBad.get("ratings").get("bad").asLong()).isEqualTo(before.get("ratings").get("bad").asLong() + 1);

		assertThat(Api.read(api.post("/api/v1/service-ratings/" + id + "/appeal", Map.of("note", "申请人来电说明系误评"),
				"clerk")).get("status").asString()).isEqualTo("appealed");
		assertThat(api.post("/api/v1/service-ratings/" + id + "/review", Map.of("upheld", true, "note", "核实为误评"),
				"clerk").getStatusCode().value()).isEqualTo(403);
		JsonNode removed = Api.read(api.post("/api/v1/service-ratings/" + id + "/review",
				Map.of("upheld", true, "note", "核实为误评"), "supervisor"));
		assertThat(removed.get("status").asString()).isEqualTo("removed");

		JsonNode after = Api.read(api.get("/api/v1/stats/services?dept=520329-JYJ", null));
		assertThat(after.get("ratings").get("bad").asLong()).isEqualTo(before.get("ratings").get("bad").asLong());
		assertThat(after.get("ratings").get("count").asLong()).isEqualTo(before.get("ratings").get("count").asLong());
	}

	@Test
	void theFiguresCountCasesAndTheirRatesFromTheRecords() {
		JsonNode before = Api.read(api.get("/api/v1/stats/services?dept=520329-JYJ", null));
		String caseNo = cases.closedCase(cases.publishOwnItem("统计测试事项"));
		JsonNode after = Api.read(api.get("/api/v1/stats/services?dept=520329-JYJ", null));
		assertThat(after.get("received").asLong()).isEqualTo(before.get("received").asLong() + 1);
		assertThat(after.get("decided").asLong()).isEqualTo(before.get("decided").asLong() + 1);
		assertThat(after.get("onTime").asLong()).isEqualTo(before.get("onTime").asLong() + 1);
		double rate = after.get("onTimeRate").asDouble();
		assertThat(rate).isCloseTo((double) after.get("onTime").asLong() / after.get("decided").asLong(),
				org.assertj.core.data.Offset.offset(0.0001));
		assertThat(api.get("/api/v1/stats/services?from=2026-12-31&to=2026-01-01", null).getStatusCode().value())
			.isEqualTo(400);
		assertThat(caseNo).startsWith("BJ");
	}

	private JsonNode rate(String caseNo, int level, String comment) {
		ResponseEntity<String> r = api.post("/api/v1/applications/" + caseNo + "/rating",
				comment == null ? Map.of("level", level) : Map.of("level", level, "comment", comment), "citizen1");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		return Api.read(r);
	}
}
