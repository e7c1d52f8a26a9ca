package org.yangguang.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 诉求 through the API: the operator registers a call, dispatches it, the department accepts and replies, the citizen
 * rates it dissatisfied and it reopens to the department, who replies again; the deadline is the calendar's for the
 * type's working days; a confidential caller is hidden from the department; out-of-scope matters are closed with the
 * route; a disclosure application becomes an information request with the receipt date; 督办 by the supervisor.
 */
@IntegrationTest
class AppealsFollowTheHotlineRulesThroughTheApi {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Clock clock;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	org.yangguang.calendar.TimeLimits timeLimits;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void aCitizensComplaintIsDispatchedRepliedRatedDissatisfiedReopenedAndRepliedAgain() {
		ResponseEntity<String> created = api.post("/api/v1/appeals", Map.of("type", "complaint", "channel", "web",
				"title", "学校门口道路积水", "content", "余庆县实验小学门口每逢下雨积水严重，学生上学不便。", "publicConsent", true),
				"citizen1");
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		String no = Api.read(created).get("ticketNo").asString();
		assertThat(no).matches("SQ" + LocalDate.now(clock).getYear() + "\\d{6}");
		assertThat(Api.read(created).get("status").asString()).isEqualTo("registered");

		JsonNode ticket = get(no, "citizen1");
		assertThat(ticket.get("deadline").asString())
			.isEqualTo(calendar.deadline(LocalDate.now(clock), 5).deadline().toString());
		assertThat(ticket.get("type").asString()).isEqualTo("complaint");
		assertThat(ticket.get("url").asString()).isEqualTo("/account/appeals/" + no);

		assertThat(step(no, "dispatch", "clerk", "department", "520329-JYJ").getStatusCode().value()).isEqualTo(404);
		assertThat(step(no, "dispatch", "supervisor", "department", "520329-JYJ").getStatusCode().value()).isEqualTo(403);
		assertThat(ok(no, "dispatch", "operator", "department", "520329-JYJ").get("status").asString())
			.isEqualTo("dispatched");
		assertThat(api.get("/api/v1/appeals/" + no, "citizen2").getStatusCode().value()).isEqualTo(404);
		assertThat(ok(no, "accept", "clerk").get("status").asString()).isEqualTo("accepted");
		assertThat(ok(no, "reply", "clerk", "content", "已安排施工队疏通排水管道，本周内完成。").get("status").asString())
			.isEqualTo("replied");
		assertThat(step(no, "rate", "clerk", "result", "satisfied").getStatusCode().value()).isEqualTo(403);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				Api.read(api.get("/api/v1/notifications", "citizen1")).toString()).contains("诉求 " + no + " 已答复"));

		JsonNode reopened = ok(no, "rate", "citizen1", "result", "dissatisfied");
		assertThat(reopened.get("status").asString()).isEqualTo("reopened");
		assertThat(reopened.get("reopened").asInt()).isEqualTo(1);
		assertThat(reopened.get("department").asString()).isEqualTo("520329-JYJ");
		assertThat(ok(no, "reply", "leader", "content", "排水管道已疏通，经回访路面不再积水。").get("status").asString())
			.isEqualTo("replied");
		JsonNode closed = ok(no, "rate", "citizen1", "result", "satisfied");
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(ok(no, "revisit", "operator", "note", "回访群众表示满意").get("revisit").asString()).contains("满意");

		assertThat(api.get("/api/v1/appeals-wall?q=积水", null).getBody()).contains(no);
	}

	@Test
	void aConfidentialCallerIsHiddenFromTheDepartmentButNotFromTheOperator() {
		String no = call(Map.of("type", "report", "channel", "hotline", "title", "举报违规收费",
				"content", "某学校违规收取资料费。", "confidential", true,
				"caller", Map.of("name", "李明华", "phone", "13985212345", "address", "白泥镇河滨路8号")));
		ok(no, "dispatch", "operator", "department", "520329-JYJ");
		JsonNode byClerk = get(no, "clerk");
		assertThat(byClerk.get("caller").isNull()).isTrue();
		assertThat(byClerk.toString()).doesNotContain("13985212345").doesNotContain("李明华");
		assertThat(get(no, "operator").get("caller").get("phone").asString()).isEqualTo("13985212345");

		String open = call(Map.of("type", "consultation", "channel", "hotline", "title", "咨询入学政策",
				"content", "孩子明年入学需要准备什么材料？请回电13885210000。", "caller",
				Map.of("name", "王芳", "phone", "13885210000")));
		ok(open, "dispatch", "operator", "department", "520329-JYJ");
		assertThat(get(open, "clerk").get("caller").get("phone").asString()).contains("*");
		assertThat(get(open, "clerk").get("content").asString()).doesNotContain("13885210000").contains("138****0000");
		assertThat(get(open, "operator").get("content").asString()).contains("13885210000");
	}

	@Test
	void theDepartmentReturnsATicketWithAReasonAndItIsDispatchedAgain() {
		String no = call(Map.of("type", "help", "channel", "hotline", "title", "求助低保申请",
				"content", "家中老人生病，想申请低保。", "caller", Map.of("name", "赵强", "phone", "13700000001")));
		ok(no, "dispatch", "operator", "department", "520329-JYJ");
		assertThat(step(no, "return", "clerk", "reason", " ").getStatusCode().value()).isEqualTo(400);
		JsonNode back = ok(no, "return", "clerk", "reason", "低保审核属于民政局职责");
		assertThat(back.get("status").asString()).isEqualTo("registered");
		assertThat(ok(no, "dispatch", "operator", "department", "520329-MZJ").get("department").asString())
			.isEqualTo("520329-MZJ");
		assertThat(api.get("/api/v1/appeals/" + no, "clerk").getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void outOfScopeMattersAreClosedWithTheRouteAndDisclosureApplicationsConverted() {
		String lawsuit = call(Map.of("type", "complaint", "channel", "letter", "title", "对判决不服",
				"content", "对法院判决不服，要求政府处理。", "caller", Map.of("name", "孙立", "phone", "13700000002")));
		JsonNode closed = ok(lawsuit, "out-of-scope", "operator", "route", "litigation");
		assertThat(closed.get("status").asString()).isEqualTo("out_of_scope");
		assertThat(step(lawsuit, "dispatch", "operator", "department", "520329-JYJ").getStatusCode().value())
			.isEqualTo(409);

		String disclosure = call(Map.of("type", "consultation", "channel", "hotline", "title", "申请公开招生计划",
				"content", "申请公开2026年城区小学招生计划。", "caller", Map.of("name", "周敏", "phone", "13700000003")));
		JsonNode converted = ok(disclosure, "convert", "operator", "agency", "520329-JYJ");
		assertThat(converted.get("status").asString()).isEqualTo("converted");
		String trackingNo = converted.get("convertedTo").asString();
		assertThat(trackingNo).startsWith("YSQ");
		JsonNode request = Api.read(api.get("/api/v1/requests/" + trackingNo, "clerk"));
		assertThat(request.get("receivedOn").asString()).isEqualTo(LocalDate.now(clock).toString());
	}

	@Test
	void theSupervisorSupervisesAnOpenTicketAndTheRatesComeFromTheTickets() {
		JsonNode before = Api.read(api.get("/api/v1/stats/appeals?dept=520329-MZJ", null));
		String no = call(Map.of("type", "suggestion", "channel", "mailbox", "title", "建议增设公交站",
				"content", "建议在龙溪镇中学门口增设公交站点。", "caller", Map.of("name", "吴刚", "phone", "13700000004")));
		ok(no, "dispatch", "operator", "department", "520329-MZJ");
		assertThat(step(no, "supervise", "operator", "note", "请加快办理").getStatusCode().value()).isEqualTo(403);
		JsonNode supervised = ok(no, "supervise", "supervisor", "note", "请于3个工作日内办结", "workingDays", 3);
		assertThat(supervised.get("events").toString()).contains("supervised");
		var orders = timeLimits.forSubject("appeal-supervision", no);
		assertThat(orders).hasSize(1);
		assertThat(orders.get(0).deadline()).isEqualTo(calendar.deadline(LocalDate.now(clock), 3).deadline());
		JsonNode after = Api.read(api.get("/api/v1/stats/appeals?dept=520329-MZJ", null));
		assertThat(after.get("received").asLong()).isEqualTo(before.get("received").asLong() + 1);
		assertThat(after.get("formulas").get("replyRate").asString()).contains("回复率");
	}

	private String call(Map<String, Object> body) {
		ResponseEntity<String> r = api.post("/api/v1/appeals", body, "operator");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		return Api.read(r).get("ticketNo").asString();
	}

	private JsonNode get(String no, String user) {
		ResponseEntity<String> r = api.get("/api/v1/appeals/" + no, user);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
		return Api.read(r);
	}

	private ResponseEntity<String> step(String no, String step, String user, Object... keyValues) {
		Map<String, Object> body = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			body.put((String) keyValues[i], keyValues[i + 1]);
		}
		return api.post("/api/v1/appeals/" + no + "/" + step, body, user);
	}

	private JsonNode ok(String no, String step, String user, Object... keyValues) {
		ResponseEntity<String> r = step(no, step, user, keyValues);
		assertThat(r.getStatusCode().value()).as(step + ": " + r.getBody()).isEqualTo(200);
		return Api.read(r);
	}
}
