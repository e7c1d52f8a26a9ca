package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/**
 * The workflow on the staff pages, without JavaScript: the clerk's form shows each error next to its field, the
 * leader's review needs both checks, and the published document appears on the portal.
 */
@IntegrationTest
class StaffPublishThroughThePages {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Clock clock;

	@Test
	void aClerkDraftsALeaderReviewsAndPublishes() throws Exception {
		Cookie clerk = Pages.login(mvc, "clerk");
		String form = mvc.perform(get("/workbench/disclosure/documents/new").cookie(clerk)).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("栏目", "成文日期", "公开属性", "保存草稿");

		String invalid = mvc.perform(post("/workbench/disclosure/documents").with(csrf()).cookie(clerk)
			.param("title", "").param("column", "政策文件").param("writtenOn", "2026-13-40")
			.param("formedOn", LocalDate.now(clock).plusDays(3).toString()).param("classification", "not_public")
			.param("body", "正文")).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("error-summary", "请填写文件标题", "晚于今天", "必须选择法定依据", "form-group-error");

		String title = Disclosure.unique("页面发布测试");
		MvcResult created = mvc.perform(post("/workbench/disclosure/documents").with(csrf()).cookie(clerk)
			.param("title", title).param("column", "通知公告").param("writtenOn", LocalDate.now(clock).toString())
			.param("formedOn", LocalDate.now(clock).toString()).param("classification", "proactive")
			.param("topic", "science").param("body", "第一段\n第二段")).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/workbench/disclosure/documents/");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(mvc.perform(get(location).cookie(clerk)).andReturn().getResponse().getContentAsString())
			.contains(title, "提交审核", "须由以下人员之一审核");
		mvc.perform(post(location + "/submit").with(csrf()).cookie(clerk));

		Cookie leader = Pages.login(mvc, "leader");
		String unchecked = mvc.perform(post(location + "/review").with(csrf()).cookie(leader).param("decision", "approve"))
			.andReturn().getResponse().getContentAsString();
		assertThat(unchecked).contains("审核通过前请确认已完成保密审查");
		mvc.perform(post(location + "/review").with(csrf()).cookie(leader).param("decision", "approve")
			.param("confidentialityChecked", "true").param("accuracyChecked", "true"));
		mvc.perform(post(location + "/publish").with(csrf()).cookie(leader));
		assertThat(jdbc.sql("SELECT status FROM disclosure_document WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("published");
		String page = rest.getForObject("/disclosure/documents/" + id, String.class);
		assertThat(page).contains(title, "<p>第一段</p>", "余庆县教育局");
		String history = mvc.perform(get(location).cookie(leader)).andReturn().getResponse().getContentAsString();
		assertThat(history).contains("起草", "提交审核", "审核通过", "发布");
	}
}
