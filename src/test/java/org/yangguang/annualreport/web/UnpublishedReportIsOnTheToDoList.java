package org.yangguang.annualreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/**
 * Until last year's report of their own organisation is published, the office, leaders and clerks find it on their
 * to-do list with the legal date; staff who do not write reports do not.
 */
@IntegrationTest
class UnpublishedReportIsOnTheToDoList {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void writersSeeTheirOrganisationsReportOthersDoNot() throws Exception {
		int year = LocalDate.now(clock).getYear() - 1;
		assertThat(workbench("office")).contains("/workbench/reports/520329/" + year, year + "年政府信息公开工作年度报告",
				(year + 1) + "-03-31");
		assertThat(workbench("clerk")).contains("/workbench/reports/520329-JYJ/" + year, (year + 1) + "-01-31");
		assertThat(workbench("window")).doesNotContain("/workbench/reports/");
	}

	private String workbench(String user) throws Exception {
		return mvc.perform(get("/workbench").cookie(Pages.login(mvc, user))).andReturn().getResponse()
			.getContentAsString();
	}
}
