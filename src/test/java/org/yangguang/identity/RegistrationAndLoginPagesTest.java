package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/** Citizen self-registration, sign-in, masking of the citizen's own data, CSRF and session fixation. */
@IntegrationTest
class RegistrationAndLoginPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void naturalPersonRegistersThenSignsInAndSeesMaskedData() throws Exception {
		String username = "p" + UUID.randomUUID().toString().substring(0, 8);
		var r = mvc.perform(post("/register").with(csrf()).param("applicantKind", "NATURAL_PERSON")
			.param("username", username).param("password", "Good-pass-1").param("confirmPassword", "Good-pass-1")
			.param("realName", "王小明").param("idType", "resident_id").param("idNumber", "520329199003151237")
			.param("mobile", "13912345678").param("address", "贵州省遵义市余庆县龙溪镇红军社区")).andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login");

		var session = Pages.login(mvc, username, "Good-pass-1");
		String page = mvc.perform(get("/account").cookie(session)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("520***********1237").contains("139****5678").doesNotContain("520329199003151237")
			.doesNotContain("13912345678");
	}

	@Test
	void invalidRegistrationShowsErrorSummaryAndFieldMessages() throws Exception {
		var r = mvc.perform(post("/register").with(csrf()).param("applicantKind", "NATURAL_PERSON")
			.param("username", "x").param("password", "Good-pass-1").param("confirmPassword", "Other-pass-1")
			.param("realName", "王小明").param("idType", "resident_id").param("idNumber", "520329199003151234")
			.param("mobile", "123")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(200);
		String html = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("error-summary").contains("两次输入的密码不一致");
	}

	@Test
	void organisationWithInvalidCreditCodeIsToldWhatToFix() throws Exception {
		String html = mvc.perform(post("/register").with(csrf()).param("applicantKind", "ORGANISATION")
			.param("username", "org" + UUID.randomUUID().toString().substring(0, 6)).param("password", "Good-pass-1")
			.param("confirmPassword", "Good-pass-1").param("orgName", "余庆县某某公司")
			.param("creditCode", "91350100M000100Y44").param("orgType", "commercial").param("contactName", "赵六")
			.param("mobile", "13912345678")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("统一社会信用代码不正确");
	}

	@Test
	void formPostWithoutCsrfTokenIsRefused() throws Exception {
		var r = mvc.perform(post("/login").param("username", "clerk").param("password", "Demo@2026")).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void signingInIssuesANewSessionId() throws Exception {
		var anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		var before = anonymous == null ? null : anonymous.getValue();
		var session = Pages.login(mvc, "clerk");
		assertThat(session.getValue()).isNotEqualTo(before);
	}

	@Test
	void wrongPasswordOnTheLoginPageSaysSoWithoutRevealingWhetherTheUserExists() throws Exception {
		var r = mvc.perform(post("/login").with(csrf()).param("username", "clerk").param("password", "bad-pass-9"))
			.andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
		String html = mvc.perform(get("/login").param("error", "bad")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("用户名或密码不正确");
	}
}
