package org.yangguang.annualreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/**
 * The report pages answer only within the reader's scope and role, and say what is wrong with a bad address: a
 * department's clerk cannot open the county's report nor publish, citizens and visitors do not reach the workbench,
 * an unknown organisation or an unpublished report is 404, a year outside the Regulation or not a year 400.
 */
@IntegrationTest
class WorkbenchPagesKeepToTheirScope {

	@Autowired
	MockMvc mvc;

	@Test
	void aClerkOpensTheDepartmentsReportButNotTheCountysAndCannotPublish() throws Exception {
		var clerk = Pages.login(mvc, "clerk");
		MvcResult own = mvc.perform(get("/workbench/reports/520329-JYJ/2025").cookie(clerk)).andReturn();
		assertThat(own.getResponse().getStatus()).isEqualTo(200);
		assertThat(own.getResponse().getContentAsString()).contains("sections-form").doesNotContain("publish-form")
			.contains("公布需要政务公开办或分管领导角色");
		assertThat(mvc.perform(get("/workbench/reports/520329/2025").cookie(clerk)).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/workbench/reports/520329-JYJ/2025/publish").cookie(clerk).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void visitorsAndCitizensStayOutOfTheWorkbench() throws Exception {
		assertThat(mvc.perform(get("/workbench/reports")).andReturn().getResponse().getStatus()).isEqualTo(302);
		var citizen = Pages.login(mvc, "citizen1");
		assertThat(mvc.perform(get("/workbench/reports/520329/2025").cookie(citizen)).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void badAddressesAreAnsweredWithTheirStatus() throws Exception {
		var office = Pages.login(mvc, "office");
		MvcResult unknown = mvc.perform(get("/workbench/reports/999999-NONE/2025").cookie(office)).andReturn();
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		MvcResult early = mvc.perform(get("/workbench/reports/520329/2007").cookie(office)).andReturn();
		assertThat(early.getResponse().getStatus()).isEqualTo(400);
		MvcResult notPublished = mvc.perform(get("/annual-reports/520329-MZJ/2019")).andReturn();
		assertThat(notPublished.getResponse().getStatus()).isEqualTo(404);
		MvcResult badYear = mvc.perform(get("/annual-reports").param("year", "abc")).andReturn();
		assertThat(badYear.getResponse().getStatus()).isEqualTo(400);
	}
}
