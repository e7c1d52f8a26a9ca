package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.yangguang.inforequest.RequestApi.body;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

import tools.jackson.databind.JsonNode;

/**
 * 消息提醒: the steps of a request reach the people who must know, through events — the department's clerk when
 * an application arrives, the applicant when a correction is requested; a missed reply deadline reaches the clerk
 * and the disclosure office, lists the request for supervision and shows on the case's timeline. Each account
 * reads only its own notifications. Listeners run after the step's transaction commits, on another thread: the
 * test waits for them.
 */
@IntegrationTest
class ApplicantAndClerkAreNotified {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MockMvc mvc;

	@Autowired
	TimeLimits timeLimits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void clerkHearsOfTheApplicationAndTheApplicantOfTheCorrectionNotice() throws Exception {
		Api api = new Api(rest);
		RequestApi requests = new RequestApi(api);
		long citizenUnreadBefore = inbox(api, "citizen1").get("unread").asLong();
		String no = requests.apply("citizen1", "520329-JYJ", "本县2025年义务教育阶段学校布局调整方案");

		JsonNode clerkItem = arrives(api, "clerk", n -> n.get("title").asString().contains(no));
		assertThat(clerkItem.get("kind").asString()).isEqualTo("inforequest.registered");
		assertThat(clerkItem.get("url").asString()).isEqualTo("/workbench/requests/" + no);
		assertThat(clerkItem.get("read").asBoolean()).isFalse();

		requests.ok(no, "correction", body("items", List.of("请写明所需文件的名称或文号")), "clerk");
		JsonNode told = arrives(api, "citizen1", n -> n.get("kind").asString()
			.equals("inforequest.correction-requested") && n.get("title").asString().contains(no));
		JsonNode citizen = inbox(api, "citizen1");
		assertThat(told.get("title").asString()).contains("补正");
		assertThat(told.get("url").asString()).isEqualTo("/account/requests/" + no);
		assertThat(citizen.get("unread").asLong()).isGreaterThan(citizenUnreadBefore);

		ResponseEntity<String> read = api.post("/api/v1/notifications/" + told.get("id").asLong() + "/read", null,
				"citizen1");
		assertThat(read.getStatusCode().value()).isEqualTo(200);
		assertThat(Api.read(read).get("read").asBoolean()).isTrue();
		assertThat(inbox(api, "citizen1").get("unread").asLong())
			.isEqualTo(citizen.get("unread").asLong() - 1);

		ResponseEntity<String> someoneElses = api.post("/api/v1/notifications/" + clerkItem.get("id").asLong()
				+ "/read", null, "citizen1");
		assertThat(someoneElses.getStatusCode().value()).isEqualTo(404);
		assertThat(someoneElses.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(arrives(api, "clerk", n -> n.get("id").asLong() == clerkItem.get("id").asLong()).get("read")
			.asBoolean()).isFalse();
	}

	@Test
	void missedReplyDeadlineReachesClerkAndOfficeAndIsListedForSupervision() throws Exception {
		Api api = new Api(rest);
		RequestApi requests = new RequestApi(api);
		String no = requests.apply("citizen2", "520329-JYJ", "教育局2025年度部门预算执行情况");
		replyClockStartedDaysAgo(no, 60);

		timeLimits.announceDeadlines(LocalDate.now(clock));

		for (String user : List.of("clerk", "office")) {
			JsonNode missed = arrives(api, user,
					n -> n.get("kind").asString().equals("deadline.missed") && n.get("title").asString().contains(no));
			assertThat(missed.get("url").asString()).isEqualTo("/workbench/requests/" + no);
		}
		await().atMost(PATIENCE).until(() -> requests.get(no, "clerk").toString().contains("deadline-missed"));

		Cookie supervisor = Pages.login(mvc, "supervisor");
		String workbench = mvc.perform(get("/workbench").cookie(supervisor)).andReturn().getResponse()
			.getContentAsString();
		assertThat(workbench).contains(no).contains("督办");

		Cookie clerk = Pages.login(mvc, "clerk");
		String page = mvc.perform(get("/account/notifications").cookie(clerk)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(no).contains("已列入督办").contains("id=\"notification-bell\"");
	}

	/** Moves the start of the request's reply clock back, as if the days had passed without a reply. */
	private void replyClockStartedDaysAgo(String trackingNo, int days) {
		LocalDate start = LocalDate.now(clock).minusDays(days);
		int updated = jdbc.sql("""
				UPDATE calendar_time_limit_change SET effective_on = :start
				WHERE seq = 0 AND time_limit_id = (SELECT id FROM calendar_time_limit
				    WHERE subject_type = 'information-request' AND subject_id = :no AND kind = 'inforequest.reply')""")
			.param("start", start).param("no", trackingNo).update();
		assertThat(updated).isEqualTo(1);
		jdbc.sql("UPDATE calendar_time_limit SET start_date = :start WHERE subject_id = :no")
			.param("start", start).param("no", trackingNo).update();
		LocalDate deadline = timeLimits.forSubject("information-request", trackingNo).get(0).deadline();
		jdbc.sql("UPDATE inforequest_request SET reply_due_on = :due WHERE tracking_no = :no")
			.param("due", deadline).param("no", trackingNo).update();
	}

	private static JsonNode inbox(Api api, String user) {
		ResponseEntity<String> r = api.get("/api/v1/notifications", user);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
		assertThat(r.getHeaders().getContentType().toString()).startsWith("application/json");
		return Api.read(r);
	}

	/** Waits until the user's inbox holds a notification that matches, and returns it. */
	private static JsonNode arrives(Api api, String user, Predicate<JsonNode> wanted) {
		return await().atMost(PATIENCE).until(() -> inbox(api, user).get("items").valueStream().filter(wanted)
			.findFirst(), Optional::isPresent).orElseThrow();
	}
}
