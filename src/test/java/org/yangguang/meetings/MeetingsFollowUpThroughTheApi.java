package org.yangguang.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.UniqueWords;

import tools.jackson.databind.JsonNode;

/**
 * 会议公开 through the API: minutes whose items with a lead unit become follow-up tasks due on the working-day
 * calendar from the meeting date; only public decisions leave the building (page, JSON, PDF); an overdue task warns
 * the lead unit; the lead unit reports done and the office verifies; other departments neither see nor act; bad
 * input is a 400 problem.
 */
@IntegrationTest
class MeetingsFollowUpThroughTheApi {

	static final String SECRET = "关于人事任免事项：会议同意拟任人选，不对外公开。";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Clock clock;

	@Autowired
	TimeLimits timeLimits;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void minutesWithFiveItemsOpenFourTasksDueOnTheCalendarsDeadlines() {
		LocalDate heldOn = LocalDate.now(clock).minusDays(3);
		long id = create(heldOn, "office");

		JsonNode minutes = Api.read(api.get("/api/v1/meetings/" + id, "office"));
		assertThat(minutes.get("status").asString()).isEqualTo("draft");
		assertThat(minutes.get("kind").asString()).isEqualTo("standing");
		assertThat(minutes.get("heading").asString()).isEqualTo("余庆县人民政府常务会议纪要");
		assertThat(minutes.get("items")).hasSize(5);
		List<Long> taskIds = new ArrayList<>();
		minutes.get("items").forEach(i -> {
			if (!i.get("task").isNull()) {
				taskIds.add(i.get("task").asLong());
			}
		});
		assertThat(taskIds).hasSize(4);

		JsonNode tasks = Api.read(api.get("/api/v1/tasks", "office")).get("items");
		Map<Long, JsonNode> mine = new HashMap<>();
		tasks.forEach(t -> {
			if (t.get("meeting").asLong() == id) {
				mine.put(t.get("id").asLong(), t);
			}
		});
		assertThat(mine.keySet()).containsExactlyInAnyOrderElementsOf(taskIds);
		Map<String, Integer> daysOf = Map.of("520329-JYJ", 10, "520329-JTJ", 20, "520329-ZFB", 15);
		for (JsonNode t : mine.values()) {
			assertThat(t.get("state").asString()).isEqualTo("open");
			String lead = t.get("lead").asString();
			JsonNode calendar = Api.read(api.get("/api/v1/calendar/deadline?start=" + heldOn + "&workingDays="
					+ daysOf.get(lead), null));
			assertThat(t.get("due").asString()).as(lead).isEqualTo(calendar.get("deadline").asString());
		}
		assertThat(Api.read(api.get("/api/v1/tasks?lead=520329-JTJ&state=open", "supervisor")).get("items"))
			.allMatch(t -> t.get("lead").asString().equals("520329-JTJ") && t.get("state").asString().equals("open"))
			.anyMatch(t -> t.get("meeting").asLong() == id);
	}

	@Test
	void onlyPublicDecisionsArePublishedOnThePageInTheJsonAndInThePdf() throws Exception {
		long id = create(LocalDate.now(clock).minusDays(1), "office");
		assertThat(api.get("/api/v1/meetings/" + id, null).getStatusCode().value()).isEqualTo(404);
		assertThat(rest.getForEntity("/meetings/" + id, String.class).getStatusCode().value()).isEqualTo(404);
		assertThat(api.post("/api/v1/meetings/" + id + "/publish", null, "clerk").getStatusCode().value())
			.isEqualTo(403);

		ResponseEntity<String> published = api.post("/api/v1/meetings/" + id + "/publish", null, "office");
		assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(200);
		assertThat(Api.read(published).get("approvedBy").asString()).isEqualTo("县政务公开办 王敏");
		assertThat(api.post("/api/v1/meetings/" + id + "/publish", null, "office").getStatusCode().value())
			.isEqualTo(409);

		JsonNode open = Api.read(api.get("/api/v1/meetings/" + id, null));
		assertThat(open.get("items")).hasSize(4).allMatch(i -> i.get("public").asBoolean() && i.get("task").isNull());
		assertThat(open.toString()).doesNotContain(SECRET);
		assertThat(Api.read(api.get("/api/v1/meetings/" + id, "office")).toString()).contains(SECRET);
		assertThat(Api.read(api.get("/api/v1/meetings", null)).get("items")).anyMatch(m -> m.get("id").asLong() == id);

		String page = rest.getForObject("/meetings/" + id, String.class);
		assertThat(page).contains("余庆县人民政府常务会议纪要", "资助名单在县政府门户网站公示", "现将会议议定事项纪要如下")
			.doesNotContain(SECRET);
		assertThat(rest.getForObject("/meetings", String.class)).contains("/meetings/" + id);

		ResponseEntity<byte[]> pdf = rest.getForEntity("/meetings/" + id + ".pdf", byte[].class);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		try (var doc = Loader.loadPDF(pdf.getBody())) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("余庆县人民政府常务会议纪要", "现将会议议定事项纪要如下", "一、关于秋季学期学生资助工作",
					"主持：县长张明", "资助名单在县政府门户网站公示").doesNotContain("人事任免").doesNotContain("拟任人选");
		}
	}

	@Test
	void publishedMinutesStandInTheCatalogColumnAndAreFoundInSearchByTheirPublicItemsOnly() {
		String open = UniqueWords.word("公开议定");
		String secret = UniqueWords.word("内部议定");
		LocalDate heldOn = LocalDate.now(clock).minusDays(1);
		long id = createWith(heldOn, List.of(item("关于公开事项", "会议同意" + open + "。", null, null, true),
				item("关于内部事项", "会议同意" + secret + "。", null, null, false)));
		ok(api.post("/api/v1/meetings/" + id + "/publish", null, "office"));

		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				Api.read(api.get("/api/v1/search?q=" + open, null)).get("hits").toString()).contains("会议公开"));
		assertThat(Api.read(api.get("/api/v1/search?q=" + secret, null)).get("hits").size()).isZero();
	}

	@Test
	void anOverdueTaskWarnsTheLeadUnitsClerk() {
		LocalDate heldOn = LocalDate.now(clock).minusDays(20);
		long id = createWith(heldOn, List.of(item("关于校舍安全排查", "会议要求对全县校舍开展安全排查。", "520329-JYJ", 2, true)));
		JsonNode task = Api.read(api.get("/api/v1/tasks?lead=520329-JYJ", "clerk")).get("items").valueStream()
			.filter(t -> t.get("meeting").asLong() == id).findFirst().orElseThrow();
		LocalDate due = LocalDate.parse(task.get("due").asString());
		assertThat(task.get("overdue").asBoolean()).isTrue();
		assertThat(Api.read(api.get("/api/v1/tasks?state=overdue", "office")).get("items"))
			.anyMatch(t -> t.get("id").asLong() == task.get("id").asLong())
			.allMatch(t -> t.get("overdue").asBoolean() && !t.get("state").asString().equals("done"));

		timeLimits.announceDeadlines(due.plusDays(1));

		String expected = "督办事项 " + task.get("id").asLong() + " 已超过完成时限 " + due;
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(Api.read(api.get("/api/v1/notifications", "clerk")).toString()).contains(expected));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(Api.read(api.get("/api/v1/notifications", "supervisor")).toString()).contains(expected));
	}

	@Test
	void leadUnitReportsDoneAndTheOfficeVerifiesIt() {
		long id = create(LocalDate.now(clock).minusDays(2), "leader");
		long task = taskOf(id, "520329-JYJ");

		JsonNode progress = ok(api.post("/api/v1/tasks/" + task + "/progress",
				Map.of("note", "已完成资助名单初审。", "done", false), "clerk"));
		assertThat(progress.get("state").asString()).isEqualTo("open");
		JsonNode asked = ok(api.post("/api/v1/tasks/" + task + "/extension",
				Map.of("workingDays", 5, "reason", "名单需与民政部门核对"), "clerk"));
		assertThat(asked.get("extensionStatus").asString()).isEqualTo("asked");
		String dueBefore = asked.get("due").asString();
		JsonNode granted = ok(api.post("/api/v1/tasks/" + task + "/extension/decision", Map.of("grant", true), "office"));
		assertThat(granted.get("due").asString()).isEqualTo(Api.read(api.get("/api/v1/calendar/deadline?start="
				+ granted.get("heldOn").asString() + "&workingDays=15", null)).get("deadline").asString())
			.isNotEqualTo(dueBefore);

		JsonNode reported = ok(api.post("/api/v1/tasks/" + task + "/progress",
				Map.of("note", "资助名单已在县政府门户网站公示。", "done", true), "clerk"));
		assertThat(reported.get("state").asString()).isEqualTo("reported");
		assertThat(api.post("/api/v1/tasks/" + task + "/progress", Map.of("note", "again", "done", true), "clerk")
			.getStatusCode().value()).isEqualTo(409);
		JsonNode back = ok(api.post("/api/v1/tasks/" + task + "/verify",
				Map.of("accepted", false, "note", "请补充公示网址。"), "office"));
		assertThat(back.get("state").asString()).isEqualTo("open");
		ok(api.post("/api/v1/tasks/" + task + "/progress",
				Map.of("note", "公示网址：http://www.yuqing.gov.cn/xxgk/zzgk", "done", true), "clerk"));
		JsonNode done = ok(api.post("/api/v1/tasks/" + task + "/verify", Map.of("accepted", true), "office"));
		assertThat(done.get("state").asString()).isEqualTo("done");
		assertThat(done.get("overdue").asBoolean()).isFalse();
		assertThat(done.get("events").valueStream().map(e -> e.get("action").asString()).toList()).containsExactly(
				"created", "progress", "extension-asked", "extension-granted", "reported", "sent-back", "reported",
				"verified");
		assertThat(Api.read(api.get("/api/v1/tasks?state=done&lead=520329-JYJ", "clerk")).get("items"))
			.anyMatch(t -> t.get("id").asLong() == task);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				Api.read(api.get("/api/v1/notifications", "office")).toString())
			.contains("督办事项 " + task + " 已报结，请核验"));
		JsonNode audit = Api.read(api.get("/api/v1/audit?subjectType=meeting-task&subjectId=" + task, "auditor"));
		assertThat(audit.toString()).contains("meetings.task.verified", "meetings.task.reported");
	}

	@Test
	void anotherDepartmentsClerkNeitherSeesNorActsOnATask() {
		long id = create(LocalDate.now(clock).minusDays(2), "office");
		long transport = taskOf(id, "520329-JTJ");
		long education = taskOf(id, "520329-JYJ");

		assertThat(api.get("/api/v1/tasks/" + transport, "clerk").getStatusCode().value()).isEqualTo(404);
		assertThat(api.post("/api/v1/tasks/" + transport + "/progress", Map.of("note", "x", "done", true), "clerk")
			.getStatusCode().value()).isEqualTo(404);
		assertThat(Api.read(api.get("/api/v1/tasks", "clerk")).get("items"))
			.noneMatch(t -> t.get("id").asLong() == transport).anyMatch(t -> t.get("id").asLong() == education);
		assertThat(api.post("/api/v1/tasks/" + education + "/progress", Map.of("note", "x", "done", true), "office")
			.getStatusCode().value()).isEqualTo(403);
		ok(api.post("/api/v1/tasks/" + education + "/progress", Map.of("note", "已公示", "done", true), "clerk"));
		assertThat(api.post("/api/v1/tasks/" + education + "/verify", Map.of("accepted", true), "clerk")
			.getStatusCode().value()).isEqualTo(403);
		assertThat(api.get("/api/v1/tasks", "citizen1").getStatusCode().value()).isEqualTo(403);
		assertThat(api.get("/api/v1/tasks", null).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void badInputIsRefusedWithAProblemSayingWhatIsWrong() {
		LocalDate heldOn = LocalDate.now(clock).minusDays(1);
		Map<String, Object> good = body(heldOn, List.of(item("关于A", "会议同意A。", "520329-JYJ", 5, true)));

		assertProblem(without(good, "title"), "title", "议题概要");
		assertProblem(without(good, "heldOn"), "heldOn", "会议时间");
		assertProblem(with(good, "kind", "董事会"), "kind", "董事会");
		assertProblem(with(good, "heldOn", LocalDate.now(clock).plusDays(3).toString()), "heldOn", "还未到");
		assertProblem(with(good, "items", List.of(item("关于A", " ", null, null, true))), "items[0].decision",
				"第1项的议定事项");
		assertProblem(with(good, "items", List.of(item("关于A", "会议同意。", "520329-XXX", 5, true))),
				"items[0].lead", "520329-XXX");
		Map<String, Object> both = item("关于A", "会议同意。", "520329-JYJ", 5, true);
		both.put("dueOn", heldOn.plusDays(30).toString());
		assertProblem(with(good, "items", List.of(both)), "items[0].dueWorkingDays", "只填");
		assertProblem(with(good, "items", List.of(item("关于A", "会议同意。", "520329-JYJ", null, true))),
				"items[0].dueWorkingDays", "请填写完成时限");
		assertProblem(with(good, "items", List.of()), "items", "至少");
		assertThat(api.post("/api/v1/meetings", good, "citizen1").getStatusCode().value()).isEqualTo(403);
		assertThat(api.post("/api/v1/meetings", good, "supervisor").getStatusCode().value()).isEqualTo(403);
		assertThat(api.post("/api/v1/meetings", with(good, "kind", "常务会议"), "clerk").getStatusCode().value())
			.isEqualTo(201);
		assertThat(api.get("/api/v1/tasks?state=finished", "office").getStatusCode().value()).isEqualTo(400);
	}

	// --- helpers

	private void assertProblem(Map<String, Object> body, String field, String words) {
		ResponseEntity<String> r = api.post("/api/v1/meetings", body, "office");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
		assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(r.getBody()).contains(words).contains(field);
	}

	private long create(LocalDate heldOn, String user) {
		List<Map<String, Object>> items = List.of(
				item("关于秋季学期学生资助工作", "会议同意县教育局的汇报，由县教育局牵头将资助名单在县政府门户网站公示。", "520329-JYJ", 10, true),
				item("关于余庆至构皮滩公路改扩建工程", "会议要求加快施工进度，每月公开工程进展。", "520329-JTJ", 20, true),
				item("关于政务公开工作责任制", "会议要求完善政务公开工作责任制。", "520329-ZFB", 15, true),
				item("关于人事任免", SECRET, "520329-JYJ", 10, false),
				item("关于政务公开宣传", "会议要求加强政务公开宣传。", null, null, true));
		ResponseEntity<String> created = api.post("/api/v1/meetings", body(heldOn, items), user);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		assertThat(created.getHeaders().getLocation()).isNotNull();
		return Api.read(created).get("id").asLong();
	}

	private long createWith(LocalDate heldOn, List<Map<String, Object>> items) {
		ResponseEntity<String> created = api.post("/api/v1/meetings", body(heldOn, items), "office");
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return Api.read(created).get("id").asLong();
	}

	private Map<String, Object> body(LocalDate heldOn, List<Map<String, Object>> items) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "standing");
		body.put("title", "研究学生资助、公路改扩建和政务公开等工作");
		body.put("heldOn", heldOn.toString());
		body.put("host", "县长 张明");
		body.put("attendees", List.of("副县长 李华", "副县长 王强"));
		body.put("recorder", "县人民政府办公室 杨丽");
		body.put("items", items);
		return body;
	}

	private static Map<String, Object> item(String topic, String decision, String lead, Integer days, boolean open) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("topic", topic);
		item.put("decision", decision);
		item.put("lead", lead);
		item.put("dueWorkingDays", days);
		item.put("public", open);
		return item;
	}

	private static Map<String, Object> without(Map<String, Object> body, String key) {
		Map<String, Object> copy = new LinkedHashMap<>(body);
		copy.remove(key);
		return copy;
	}

	private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(body);
		copy.put(key, value);
		return copy;
	}

	private long taskOf(long meeting, String lead) {
		return Api.read(api.get("/api/v1/meetings/" + meeting, "office")).get("items").valueStream()
			.filter(i -> lead.equals(i.get("lead").asString()) && i.get("public").asBoolean())
			.map(i -> i.get("task").asLong()).findFirst().orElseThrow();
	}

	private static JsonNode ok(ResponseEntity<String> r) {
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
		return Api.read(r);
	}
}
