package org.yangguang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 重大决策预公开 through the API: a draft is reviewed by someone other than its author and published (also in the
 * catalog column 重大决策预公开); citizens comment on an article or the whole draft only while the period is open (409
 * with the dates otherwise); staff register a letter, hide an abusive comment with the reason (its author is told),
 * decide on every comment (the reason required unless adopted); the adoption report is refused while the period runs
 * or a comment is undecided, then shows the counts and reasons without the authors; its author reads the decision.
 */
@IntegrationTest
class ConsultationsFollowTheRulesThroughTheApi {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Clock clock;

	@Autowired
	TimeLimits timeLimits;

	Api api;

	LocalDate today;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		today = LocalDate.now(clock);
	}

	static List<Map<String, Object>> articles(int count) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			list.add(Map.of("no", i, "text", "第" + i + "条的条文内容：本办法适用于全县义务教育阶段学校的课后服务工作。"));
		}
		return list;
	}

	Map<String, Object> draft(String title, LocalDate opens, LocalDate closes) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("org", "520329-JYJ");
		body.put("background", "为规范课后服务，县教育局起草了本办法。");
		body.put("articles", articles(5));
		body.put("opensOn", opens.toString());
		body.put("closesOn", closes.toString());
		return body;
	}

	long create(Map<String, Object> body, String user) {
		ResponseEntity<String> r = api.post("/api/v1/consultations", body, user);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		assertThat(Api.read(r).get("status").asString()).isEqualTo("draft");
		return Api.read(r).get("id").asLong();
	}

	JsonNode ok(String path, Object body, String user) {
		ResponseEntity<String> r = api.post(path, body, user);
		assertThat(r.getStatusCode().value()).as(path + " " + r.getBody()).isBetween(200, 201);
		return Api.read(r);
	}

	long published(Map<String, Object> body) {
		long id = create(body, "clerk");
		ok("/api/v1/consultations/" + id + "/submit", Map.of(), "clerk");
		ok("/api/v1/consultations/" + id + "/review", Map.of("decision", "approve"), "leader");
		ok("/api/v1/consultations/" + id + "/publish", Map.of(), "leader");
		return id;
	}

	@Test
	void aDraftIsReviewedByAnotherPublishedCommentedDecidedAndReported() {
		long id = create(draft("余庆县义务教育学校课后服务管理办法", today, today.plusDays(29)), "clerk");
		String base = "/api/v1/consultations/" + id;
		assertThat(api.post(base + "/comments", Map.of("text", "早了点"), "citizen1").getStatusCode().value())
			.as("a draft is not public").isEqualTo(404);
		assertThat(api.get(base, null).getStatusCode().value()).isEqualTo(404);

		ok(base + "/submit", Map.of(), "clerk");
		assertThat(api.post(base + "/review", Map.of("decision", "approve"), "clerk").getStatusCode().value())
			.as("a clerk does not review").isEqualTo(403);
		assertThat(api.post(base + "/review", Map.of("decision", "maybe"), "leader").getStatusCode().value())
			.isEqualTo(400);
		assertThat(ok(base + "/review", Map.of("decision", "approve"), "leader").get("status").asString())
			.isEqualTo("approved");
		JsonNode published = ok(base + "/publish", Map.of(), "leader");
		assertThat(published.get("status").asString()).isEqualTo("published");
		assertThat(published.get("phase").asString()).isEqualTo("open");
		long documentId = published.get("documentId").asLong();
		JsonNode document = Api.read(api.get("/api/v1/documents/" + documentId, null));
		assertThat(document.toString()).contains("重大决策预公开").contains("余庆县义务教育学校课后服务管理办法");
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				Api.read(api.get("/api/v1/search?q=课后服务管理办法", null)).get("hits").toString())
			.contains("\"id\":" + documentId));

		assertThat(Api.read(api.get("/api/v1/consultations?phase=open", null)).toString()).contains("\"id\":" + id);

		long onArticle3 = ok(base + "/comments", Map.of("article", 3, "text", "建议课后服务收费标准向社会公开，并接受家长监督。"),
				"citizen1").get("id").asLong();
		Map<String, Object> whole = new HashMap<>();
		whole.put("article", null);
		whole.put("text", "总体赞成，建议增加农村学校的师资保障。");
		long onWhole = ok(base + "/comments", whole, "citizen2").get("id").asLong();
		assertThat(api.post(base + "/comments", Map.of("article", 99, "text", "无此条"), "citizen2").getStatusCode()
			.value()).isEqualTo(400);
		assertThat(api.post(base + "/comments", Map.of("article", 1, "text", "工作人员"), "clerk").getStatusCode()
			.value()).as("staff register offline comments instead").isEqualTo(403);
		assertThat(api.post(base + "/comments", Map.of("article", 1, "text", "匿名"), null).getStatusCode().value())
			.as("this draft takes no anonymous comments").isEqualTo(401);
		long letter = ok(base + "/offline-comments", Map.of("article", "第五条", "text", "来信建议明确课后服务的安全责任。",
				"source", "letter", "author", "张明", "receivedOn", today.toString()), "clerk").get("id").asLong();
		long abusive = ok(base + "/comments", Map.of("article", 2, "text", "全是废话，写的人都是蠢货"), "citizen2").get("id")
			.asLong();

		assertThat(api.post(base + "/comments/" + abusive + "/moderation", Map.of("reason", "abuse"), "clerk")
			.getStatusCode().value()).isEqualTo(200);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				Api.read(api.get("/api/v1/notifications", "citizen2")).toString()).contains("含辱骂内容未予展示"));
		assertThat(api.post(base + "/comments/" + abusive + "/decision", Map.of("decision", "adopted"), "clerk")
			.getStatusCode().value()).as("a hidden comment is not decided").isEqualTo(409);

		assertThat(api.post(base + "/report/publish", Map.of(), "leader").getStatusCode().value())
			.as("not while the period runs").isEqualTo(409);
		assertThat(api.post(base + "/comments/" + onArticle3 + "/decision", Map.of("decision", "partly"), "clerk")
			.getStatusCode().value()).isEqualTo(400);
		assertThat(api.post(base + "/comments/" + onWhole + "/decision", Map.of("decision", "rejected"), "clerk")
			.getStatusCode().value()).isEqualTo(400);
		assertThat(api.post(base + "/comments/" + onArticle3 + "/decision", Map.of("decision", "partly",
				"reason", "收费标准将在县发展改革局核定后公开；家长监督另行规定。"), "citizen1").getStatusCode().value()).isEqualTo(403);
		ok(base + "/comments/" + onArticle3 + "/decision", Map.of("decision", "partly",
				"reason", "收费标准将在县发展改革局核定后公开；家长监督另行规定。"), "clerk");
		ok(base + "/comments/" + onWhole + "/decision", Map.of("decision", "rejected",
				"reason", "师资保障不属于本办法调整范围，已转县教育局人事股研究。"), "clerk");

		JsonNode closed = ok(base + "/close", Map.of("reason", "县政府决定提前审议"), "clerk");
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(closed.get("closeReason").asString()).isEqualTo("县政府决定提前审议");
		ResponseEntity<String> late = api.post(base + "/comments", Map.of("article", 1, "text", "还来得及吗"), "citizen1");
		assertThat(late.getStatusCode().value()).isEqualTo(409);
		assertThat(late.getBody()).contains(today.toString());

		ResponseEntity<String> undecided = api.post(base + "/report/publish", Map.of(), "leader");
		assertThat(undecided.getStatusCode().value()).isEqualTo(409);
		assertThat(undecided.getBody()).contains("1 条意见未作采纳处理");
		assertThat(api.get(base + "/report", null).getStatusCode().value()).as("not public before").isEqualTo(404);
		ok(base + "/comments/" + letter + "/decision", Map.of("decision", "adopted"), "clerk");
		JsonNode report = ok(base + "/report/publish", Map.of(), "leader");
		assertThat(report.get("comments").asInt()).isEqualTo(3);

		JsonNode publicReport = Api.read(api.get(base + "/report", null));
		assertThat(publicReport.get("comments").asInt()).isEqualTo(3);
		assertThat(publicReport.get("adopted").asInt()).isEqualTo(1);
		assertThat(publicReport.get("partly").asInt()).isEqualTo(1);
		assertThat(publicReport.get("rejected").asInt()).isEqualTo(1);
		assertThat(publicReport.get("items").size()).isEqualTo(3);
		assertThat(publicReport.toString()).doesNotContain("张明").doesNotContain("蠢货");
		JsonNode item = null;
		for (JsonNode i : publicReport.get("items")) {
			if (i.get("commentId").asLong() == onArticle3) {
				item = i;
			}
		}
		assertThat(item.get("article").asInt()).isEqualTo(3);
		assertThat(item.get("decision").asString()).isEqualTo("partly");
		assertThat(item.get("reason").asString()).contains("核定后公开");

		JsonNode mine = Api.read(api.get(base, "citizen1")).get("comments");
		assertThat(mine.size()).isEqualTo(1);
		assertThat(mine.get(0).get("decision").asString()).isEqualTo("partly");
		assertThat(mine.get(0).get("reason").asString()).contains("核定后公开");
		assertThat(Api.read(api.get(base, null)).get("comments").size()).isZero();
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				Api.read(api.get("/api/v1/notifications", "citizen1")).toString()).contains("意见采纳情况已公布"));

		JsonNode concluded = ok(base + "/final", Map.of("title", "余庆县义务教育学校课后服务管理办法", "docNo", "余教发〔2026〕12号",
				"text", "第一条　本办法适用于全县义务教育阶段学校的课后服务工作。\n第三条　课后服务收费标准经核定后向社会公开。",
				"interpretation", "办法明确了课后服务的收费公开。"), "clerk");
		assertThat(concluded.get("status").asString()).isEqualTo("concluded");
		assertThat(concluded.get("diff").toString()).contains("\"ins\"").contains("\"del\"");
	}

	@Test
	void commentsAreRefusedWithTheDatesBeforeThePeriodOpens() {
		LocalDate opens = today.plusDays(3);
		long id = published(draft("余庆县城区学校学位分配办法", opens, opens.plusDays(29)));
		JsonNode view = Api.read(api.get("/api/v1/consultations/" + id, null));
		assertThat(view.get("phase").asString()).isEqualTo("upcoming");
		ResponseEntity<String> early = api.post("/api/v1/consultations/" + id + "/comments",
				Map.of("article", 1, "text", "提前提交"), "citizen1");
		assertThat(early.getStatusCode().value()).isEqualTo(409);
		assertThat(early.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(early.getBody()).contains(opens.toString()).contains(opens.plusDays(29).toString());
	}

	@Test
	void aPeriodShorterThanThirtyDaysNeedsAReasonAndNobodyReviewsTheirOwnDraft() {
		ResponseEntity<String> shortOne = api.post("/api/v1/consultations",
				draft("余庆县校车管理规定", today, today.plusDays(9)), "clerk");
		assertThat(shortOne.getStatusCode().value()).isEqualTo(400);
		assertThat(shortOne.getBody()).contains("10 天").contains("30 天");
		Map<String, Object> withReason = draft("余庆县校车管理规定", today, today.plusDays(9));
		withReason.put("reason", "秋季开学前须出台，时间紧迫");
		long id = create(withReason, "leader");
		ok("/api/v1/consultations/" + id + "/submit", Map.of(), "leader");
		assertThat(api.post("/api/v1/consultations/" + id + "/review", Map.of("decision", "approve"), "leader")
			.getStatusCode().value()).as("the author does not review").isEqualTo(403);
		JsonNode returned = ok("/api/v1/consultations/" + id + "/review",
				Map.of("decision", "return", "note", "请补充起草说明"), "office");
		assertThat(returned.get("status").asString()).isEqualTo("draft");
		assertThat(returned.get("reason").asString()).isEqualTo("秋季开学前须出台，时间紧迫");
		assertThat(api.post("/api/v1/consultations", Map.of("title", "无条文", "articles", List.of(),
				"opensOn", today.toString(), "closesOn", today.plusDays(40).toString()), "clerk").getStatusCode().value())
			.isEqualTo(400);
		assertThat(api.post("/api/v1/consultations", draft("公众不能起草", today, today.plusDays(40)), "citizen1")
			.getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void anOverdueAdoptionReportWarnsTheOrganisationAndSupervisors() {
		long id = published(draft("余庆县中小学教辅材料选用办法", today, today.plusDays(29)));
		JsonNode closed = ok("/api/v1/consultations/" + id + "/close", Map.of("reason", "征求意见充分"), "clerk");
		LocalDate due = LocalDate.parse(closed.get("reportDueOn").asString());
		assertThat(due).isAfter(today.plusDays(20));
		timeLimits.announceDeadlines(due.plusDays(7));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(Api.read(api.get("/api/v1/notifications", "clerk")).toString())
				.contains("《余庆县中小学教辅材料选用办法》采纳情况说明已超期");
			assertThat(Api.read(api.get("/api/v1/notifications", "supervisor")).toString())
				.contains("《余庆县中小学教辅材料选用办法》采纳情况说明已超期");
		});
		JsonNode stats = Api.read(api.get("/api/v1/consultations/statistics?year=" + today.getYear(), null));
		assertThat(stats.get("consultations").asInt()).isGreaterThanOrEqualTo(1);
	}
}
