package org.yangguang.inforequest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yangguang.identity.Role;

/**
 * A missing or unreadable answer does not reach the module: the page comes back with the message next to the
 * field ({@code <field>-error}) in the page's language — Chinese by default, English with {@code lang=en}.
 */
@WebMvcTest(controllers = { RequestListController.class, RequestPortalController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = RequestWebSlice.SECURITY))
class FormErrorsComeBackOnTheirFieldInThePagesLanguage extends RequestWebSlice {

	@Test
	@WithMockUser(roles = "CLERK")
	void unreadableDateOfReceiptIsReportedOnItsField() throws Exception {
		signedInAs(Role.CLERK);
		String chinese = page(register("2026-13-45"));
		String english = page(register("2026-13-45").param("lang", "en"));

		assertThat(chinese).contains("id=\"receivedOn-error\"", "请填写有效的日期，格式为 年-月-日，例如 2026-03-01");
		assertThat(english).contains("id=\"receivedOn-error\"",
				"Enter a real date as year-month-day, for example 2026-03-01");
		verify(handling, never()).register(any());
	}

	@Test
	@WithMockUser(roles = "CLERK")
	void missingDateOfReceiptIsReportedForTheChannel() throws Exception {
		signedInAs(Role.CLERK);
		assertThat(page(register(""))).contains("id=\"receivedOn-error\"", "请填写收到申请的日期（当面提交的，为提交之日）。");
		verify(handling, never()).register(any());
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void applicationWithoutAnAgencyIsReportedOnTheAgencyField() throws Exception {
		signedInAs(Role.CITIZEN);
		String chinese = page(apply());
		String english = page(apply().param("lang", "en"));

		assertThat(chinese).contains("id=\"agencyId-error\"", "请选择要申请的行政机关。");
		assertThat(english).contains("id=\"agencyId-error\"", "Choose the agency to apply to.");
		verify(applications, never()).apply(any());
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void agencyThatIsNotANumberIsReportedOnItsField() throws Exception {
		signedInAs(Role.CITIZEN);
		assertThat(page(apply().param("agencyId", "x1"))).contains("id=\"agencyId-error\"", "请填写整数");
		verify(applications, never()).apply(any());
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void unreadableAgencyAndMissingInformationAreReportedTogether() throws Exception {
		signedInAs(Role.CITIZEN);
		String html = page(post("/requests/apply").param("applicantType", "natural_person").param("agencyId", "x1")
			.param("form", "electronic").param("route", "online"));

		assertThat(html).contains("id=\"agencyId-error\"", "id=\"description-error\"");
		verify(applications, never()).apply(any());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static MockHttpServletRequestBuilder register(String receivedOn) {
		return post("/workbench/requests/register").param("channel", "in_person").param("receivedOn", receivedOn)
			.param("agencyId", "3").param("applicantType", "natural_person").param("applicantName", "张三")
			.param("phone", "13800000000").param("description", "2025年学校招生计划").param("form", "paper")
			.param("route", "collect");
	}

	private static MockHttpServletRequestBuilder apply() {
		return post("/requests/apply").param("applicantType", "natural_person").param("description", "招生计划")
			.param("form", "electronic").param("route", "online");
	}
}
