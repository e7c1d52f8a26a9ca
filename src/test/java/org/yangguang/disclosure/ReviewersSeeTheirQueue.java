package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/**
 * The to-do list: documents waiting for review go to the leaders and the office in scope (never to their author),
 * reviewed ones wait for publication, returned drafts go back to their author — each with its publication deadline.
 */
@IntegrationTest
class ReviewersSeeTheirQueue {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void aSubmittedDocumentIsOnTheReviewersListsAndAReturnedOneOnTheAuthors() throws Exception {
		String title = Disclosure.unique("待审核事项");
		long id = Disclosure.create(api, "clerk", Disclosure.draft(title));
		Disclosure.step(api, "clerk", id, "submit", null);
		assertThat(workbench("leader")).contains(title, "待审核（公开）", "/workbench/disclosure/documents/" + id);
		assertThat(workbench("office")).contains(title);
		assertThat(workbench("clerk")).doesNotContain(title);
		assertThat(workbench("window")).doesNotContain(title);

		Disclosure.step(api, "leader", id, "review", Map.of("decision", "return", "comment", "请补充附件"));
		assertThat(workbench("clerk")).contains(title, "被退回（公开）");
		assertThat(workbench("leader")).doesNotContain(title);
	}

	@Test
	void aLeadersOwnDraftIsNotInTheirReviewQueue() throws Exception {
		String title = Disclosure.unique("领导自己的稿件");
		long id = Disclosure.create(api, "leader", Disclosure.draft(title));
		Disclosure.step(api, "leader", id, "submit", null);
		assertThat(workbench("leader")).doesNotContain(title);
		assertThat(workbench("office")).contains(title);
		Disclosure.step(api, "office", id, "review", Disclosure.approve());
		assertThat(workbench("leader")).contains(title, "待发布（公开）");
	}

	@Test
	void theStaffListsSplitDraftsReviewAndPublication() throws Exception {
		String title = Disclosure.unique("分栏显示");
		long id = Disclosure.create(api, "clerk", Disclosure.draft(title));
		assertThat(page("/workbench/disclosure?tab=mine", "clerk")).contains(title);
		Disclosure.step(api, "clerk", id, "submit", null);
		assertThat(page("/workbench/disclosure?tab=review", "leader")).contains(title);
		assertThat(page("/workbench/disclosure?tab=publish", "leader")).doesNotContain(title);
		for (String user : List.of("supervisor", "window")) {
			assertThat(mvc.perform(get("/workbench/disclosure").cookie(Pages.login(mvc, user))).andReturn()
				.getResponse().getStatus()).isEqualTo(403);
		}
	}

	private String workbench(String user) throws Exception {
		return page("/workbench", user);
	}

	private String page(String path, String user) throws Exception {
		return mvc.perform(get(path).cookie(Pages.login(mvc, user))).andReturn().getResponse().getContentAsString();
	}
}
