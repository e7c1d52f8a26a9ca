package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

import tools.jackson.databind.JsonNode;

/**
 * A document formed more than 20 working days before it is published is flagged late at publication, with the
 * deadline of the official calendar; the office sees late publications and unpublished items at risk.
 */
@IntegrationTest
class PublicationTimelinessIsRecorded {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void aDocumentFormedTwoMonthsAgoIsPublishedLate() throws Exception {
		LocalDate formed = LocalDate.now(clock).minusDays(60);
		String title = Disclosure.unique("逾期发布");
		long id = Disclosure.create(api, "clerk", Disclosure.draft(title, "通知公告", formed));
		Disclosure.step(api, "clerk", id, "submit", null);
		Disclosure.step(api, "leader", id, "review", Disclosure.approve());
		JsonNode published = Disclosure.step(api, "leader", id, "publish", null);
		assertThat(published.get("late").asBoolean()).isTrue();
		assertThat(published.get("publicationDeadline").asString())
			.isEqualTo(calendar.deadline(formed, 20).deadline().toString());
		String page = mvc.perform(get("/workbench/disclosure/timeliness").cookie(Pages.login(mvc, "office")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(title);
	}

	@Test
	void aDocumentFormedTodayIsOnTime() {
		long id = Disclosure.published(api, Disclosure.unique("按时发布"));
		JsonNode doc = Api.read(api.get("/api/v1/documents/" + id, "leader"));
		assertThat(doc.get("late").asBoolean()).isFalse();
	}

	@Test
	void anUnpublishedDocumentPastItsDeadlineIsListedAsOverdue() throws Exception {
		String title = Disclosure.unique("超期未发布");
		long id = Disclosure.create(api, "clerk", Disclosure.draft(title, "政策文件", LocalDate.now(clock).minusDays(45)));
		Disclosure.step(api, "clerk", id, "submit", null);
		String page = mvc.perform(get("/workbench/disclosure/timeliness").cookie(Pages.login(mvc, "leader")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(title, "已超期");
	}
}
