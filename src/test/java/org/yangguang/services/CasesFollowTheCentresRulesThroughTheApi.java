package org.yangguang.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * A citizen applies with a required material missing, the window issues the one-time notice (PDF naming it), the
 * citizen supplements, the window accepts (the deadline is exactly the calendar's for the promised days), the
 * department pauses for a site inspection, resumes and decides, the window delivers, the citizen rates once. Only the
 * applicant and staff in scope see the case; each step belongs to its role.
 */
@IntegrationTest
class CasesFollowTheCentresRulesThroughTheApi {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Clock clock;

	Api api;
	ServiceCaseApi cases;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		cases = new ServiceCaseApi(api);
	}

	@Test
	void aPromisedCaseFromApplicationToRating() throws IOException {
		JsonNode item = cases.item("520329-JYJ", "promised");
		String code = item.get("code").asString();
		List<Integer> required = ServiceCaseApi.required(item);
		int missing = required.get(0);
		String caseNo = cases.apply("citizen1", code, required.subList(1, required.size()));
		assertThat(caseNo).matches("BJ" + LocalDate.now(clock).getYear() + "\\d{6}");

		assertThat(cases.step(caseNo, "accept", "window").getStatusCode().value()).isEqualTo(409);
		JsonNode incomplete = cases.ok(caseNo, "notice", "window", "missing", List.of(missing), "note", "请携带原件");
		assertThat(incomplete.get("status").asString()).isEqualTo("incomplete");

		String missingName = item.get("materials").get(0).get("name").asString();
		for (JsonNode m : item.get("materials")) {
			if (m.get("id").asInt() == missing) {
				missingName = m.get("name").asString();
			}
		}
		assertThat(pdfText(caseNo + "/notice.pdf", "citizen1")).contains("一次性告知书").contains(caseNo)
			.contains(missingName.replaceAll("\\s", ""));

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				Api.read(api.get("/api/v1/notifications", "citizen1")).toString()).contains(caseNo + " 需要补正材料"));

		JsonNode back = cases.ok(caseNo, "supplement", "citizen1", "materials", List.of(missing));
		assertThat(back.get("status").asString()).isEqualTo("submitted");

		JsonNode accepted = cases.ok(caseNo, "accept", "window");
		LocalDate today = LocalDate.now(clock);
		assertThat(accepted.get("status").asString()).isEqualTo("accepted");
		assertThat(accepted.get("acceptedOn").asString()).isEqualTo(today.toString());
		JsonNode calendar = Api.read(api.get("/api/v1/calendar/deadline?start=" + today + "&workingDays="
				+ item.get("promisedDays").asInt(), null));
		assertThat(accepted.get("deadline").asString()).isEqualTo(calendar.get("deadline").asString());
		assertThat(accepted.get("paused").asBoolean()).isFalse();
		assertThat(accepted.get("url").asString()).isEqualTo("/account/cases/" + caseNo);
		assertThat(accepted.get("deadlineState").asString()).isIn("on_time", "due_soon");

		assertThat(cases.step(caseNo, "decide", "citizen1", "approved", true).getStatusCode().value()).isEqualTo(403);
		assertThat(cases.step(caseNo, "decide", "window", "approved", true).getStatusCode().value()).isEqualTo(403);
		JsonNode paused = cases.ok(caseNo, "pause", "clerk", "reason", "现场勘验");
		assertThat(paused.get("paused").asBoolean()).isTrue();
		assertThat(paused.get("deadlineState").asString()).isEqualTo("paused");
		assertThat(cases.step(caseNo, "decide", "clerk", "approved", true).getStatusCode().value()).isEqualTo(409);
		assertThat(cases.ok(caseNo, "resume", "leader").get("paused").asBoolean()).isFalse();
		assertThat(cases.step(caseNo, "decide", "clerk", "approved", false).getStatusCode().value()).isEqualTo(400);
		JsonNode decided = cases.ok(caseNo, "decide", "clerk", "approved", true);
		assertThat(decided.get("status").asString()).isEqualTo("decided");

		JsonNode closed = cases.ok(caseNo, "deliver", "window", "method", "window");
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(closed.get("deadlineState").asString()).isIn("on_time", "due_soon");

		ResponseEntity<String> rating = api.post("/api/v1/applications/" + caseNo + "/rating",
				Map.of("level", 5, "comment", "一次办成"), "citizen1");
		assertThat(rating.getStatusCode().value()).isEqualTo(201);
		assertThat(api.post("/api/v1/applications/" + caseNo + "/rating", Map.of("level", 4), "citizen1")
			.getStatusCode().value()).isEqualTo(409);
		assertThat(api.post("/api/v1/applications/" + caseNo + "/rating", Map.of("level", 4), "citizen2")
			.getStatusCode().value()).isEqualTo(404);

		List<String> actions = new ArrayList<>();
		cases.get(caseNo, "citizen1").get("events").forEach(e -> actions.add(e.get("action").asString()));
		assertThat(actions).containsSubsequence("submitted", "notice", "supplemented", "accepted", "paused", "resumed",
				"decided", "delivered");
	}

	@Test
	void onlyTheApplicantAndStaffInScopeSeeACase() {
		JsonNode item = cases.item("520329-JYJ", "promised");
		String caseNo = cases.apply("citizen1", item.get("code").asString(), ServiceCaseApi.required(item));

		assertThat(api.get("/api/v1/applications/" + caseNo, "citizen2").getStatusCode().value()).isEqualTo(404);
		assertThat(api.get("/api/v1/applications/" + caseNo + "/notice.pdf", "citizen2").getStatusCode().value())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/applications/" + caseNo, null).getStatusCode().value()).isEqualTo(401);
		assertThat(api.get("/api/v1/applications/" + caseNo, "operator").getStatusCode().value()).isEqualTo(404);
		assertThat(api.get("/api/v1/applications/" + caseNo, "clerk").getStatusCode().value()).isEqualTo(200);
		assertThat(api.get("/api/v1/applications/" + caseNo, "window").getStatusCode().value()).isEqualTo(200);
		assertThat(api.get("/api/v1/applications/" + caseNo + "/notice.pdf", "citizen1").getStatusCode().value())
			.as("no one-time notice yet").isEqualTo(404);
		assertThat(cases.step(caseNo, "accept", "clerk").getStatusCode().value()).isEqualTo(403);
		assertThat(cases.step(caseNo, "accept", "citizen1").getStatusCode().value()).isEqualTo(403);

		JsonNode mine = Api.read(api.get("/api/v1/applications", "citizen1"));
		assertThat(mine.get("cases").toString()).contains(caseNo);
		assertThat(Api.read(api.get("/api/v1/applications", "citizen2")).get("cases").toString()).doesNotContain(caseNo);
		assertThat(cases.get(caseNo, "clerk").get("applicant").get("idNumber").isNull()
				|| cases.get(caseNo, "clerk").get("applicant").get("idNumber").asString().contains("*")).isTrue();
	}

	@Test
	void anInstantCaseIsDueAndDecidedOnTheDayOfAcceptanceByTheWindow() {
		JsonNode item = cases.item("520329-JYJ", "instant");
		String caseNo = cases.apply("citizen1", item.get("code").asString(), ServiceCaseApi.required(item));
		JsonNode accepted = cases.ok(caseNo, "accept", "window");
		assertThat(accepted.get("deadline").asString()).isEqualTo(accepted.get("acceptedOn").asString());
		assertThat(cases.step(caseNo, "pause", "window", "reason", "公示").getStatusCode().value()).isEqualTo(409);
		JsonNode decided = cases.ok(caseNo, "decide", "window", "approved", true);
		assertThat(decided.get("decidedOn").asString()).isEqualTo(accepted.get("acceptedOn").asString());
	}

	@Test
	void aRefusalGivesItsReasonInANotice() throws IOException {
		JsonNode item = cases.item("520329-JYJ", "promised");
		String caseNo = cases.apply("citizen1", item.get("code").asString(), List.of());
		assertThat(cases.step(caseNo, "refuse", "window", "reason", " ").getStatusCode().value()).isEqualTo(400);
		assertThat(cases.ok(caseNo, "refuse", "window", "reason", "申请事项不属于本机关职权范围").get("status").asString())
			.isEqualTo("refused");
		assertThat(pdfText(caseNo + "/notices/refusal.pdf", "citizen1")).contains("不予受理通知书")
			.contains("申请事项不属于本机关职权范围");
		assertThat(cases.step(caseNo, "accept", "window").getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void badInputIsAClearFourHundred() {
		ResponseEntity<String> r = api.post("/api/v1/applications", Map.of("item", "NO-SUCH-ITEM", "materials", List.of()),
				"citizen1");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(r.getBody()).contains("NO-SUCH-ITEM");
		JsonNode item = cases.item("520329-JYJ", "promised");
		r = api.post("/api/v1/applications", Map.of("item", item.get("code").asString(), "materials", List.of(999)),
				"citizen1");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(api.post("/api/v1/applications", Map.of("item", item.get("code").asString()), "window")
			.getStatusCode().value()).isEqualTo(403);
		assertThat(api.get("/api/v1/applications/BJ2026999999", "citizen1").getStatusCode().value()).isEqualTo(404);
	}

	String pdfText(String path, String user) throws IOException {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(api.token(user));
		ResponseEntity<byte[]> r = rest.exchange("/api/v1/applications/" + path, HttpMethod.GET,
				new HttpEntity<>(headers), byte[].class);
		assertThat(r.getStatusCode().value()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(r.getBody())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
		}
	}
}
