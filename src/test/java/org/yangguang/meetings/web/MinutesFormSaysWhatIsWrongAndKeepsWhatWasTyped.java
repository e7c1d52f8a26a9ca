package org.yangguang.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/**
 * The minutes form in the workbench: a template per kind pre-fills the usual wording; pasted text is split into
 * items with the lead unit found from "由…牵头"; a refused save comes back with the error next to its field and what
 * was typed; a clerk sees no publish button and cannot publish; a visitor does not reach the workbench.
 */
@IntegrationTest
class MinutesFormSaysWhatIsWrongAndKeepsWhatWasTyped {

	@Autowired
	MockMvc mvc;

	@Test
	void theJointMeetingTemplatePrefillsTheUsualWording() throws Exception {
		String html = html(mvc.perform(get("/workbench/meetings/new").param("kind", "joint")
			.cookie(Pages.login(mvc, "leader"))).andReturn());
		assertThat(html).contains("党组书记、局长", "的研究", "工作安排", "余庆县教育局");
	}

	@Test
	void pastedTextIsSplitIntoItemsWithTheirLeadUnits() throws Exception {
		String html = html(mvc.perform(post("/workbench/meetings/new").cookie(Pages.login(mvc, "office")).with(csrf())
			.param("action", "split").param("kind", "standing").param("title", "研究教育工作")
			.param("pasteText", "一、关于学生资助。会议同意。由县教育局牵头，10个工作日内公示。\n二、关于校车安全。会议要求由县交通运输局牵头开展检查。"))
			.andReturn());
		assertThat(html).contains("关于学生资助", "关于校车安全", "value=\"研究教育工作\"");
		assertThat(html).containsPattern("<option value=\"520329-JYJ\"\\s+selected=\"selected\"")
			.containsPattern("<option value=\"520329-JTJ\"\\s+selected=\"selected\"");
	}

	@Test
	void aRefusedSaveShowsTheErrorNextToTheItemAndKeepsTheText() throws Exception {
		MvcResult r = mvc.perform(post("/workbench/meetings/new").cookie(Pages.login(mvc, "office")).with(csrf())
			.param("action", "save").param("kind", "standing").param("title", "研究教育工作").param("heldOn", "2026-01-05")
			.param("items[0].topic", "关于学生资助").param("items[0].decision", "会议同意。")
			.param("items[0].lead", "520329-JYJ").param("items[0].publicItem", "true")).andReturn();
		String html = html(r);
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		assertThat(html).contains("error-summary", "第1项有牵头单位，请填写完成时限", "href=\"#items0.dueWorkingDays\"",
				"value=\"关于学生资助\"");
	}

	@Test
	void aClerkSavesMinutesButNeitherSeesNorUsesThePublishButton() throws Exception {
		var clerk = Pages.login(mvc, "clerk");
		MvcResult saved = mvc.perform(post("/workbench/meetings/new").cookie(clerk).with(csrf()).param("action", "save")
			.param("kind", "joint").param("title", "研究校舍维修工作").param("heldOn", "2026-01-05")
			.param("items[0].topic", "关于校舍维修").param("items[0].decision", "会议同意维修方案。")
			.param("items[0].lead", "520329-JYJ").param("items[0].dueWorkingDays", "10")).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		String page = saved.getResponse().getRedirectedUrl();
		String html = html(mvc.perform(get(page).cookie(clerk)).andReturn());
		assertThat(html).contains("余庆县教育局党政联席会纪要", "关于校舍维修", "督办事项").doesNotContain("id=\"publish\"");
		assertThat(mvc.perform(post(page + "/publish").cookie(clerk).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get(page)).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get(page.replace("/workbench", ""))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private static String html(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
