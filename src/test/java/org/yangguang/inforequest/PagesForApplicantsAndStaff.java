package org.yangguang.inforequest;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;
import org.yangguang.workbench.TodoItem;
import org.yangguang.workbench.TodoSource;

/**
 * The pages without JavaScript: the guide, the online form with its errors, the confirmation after commit, the
 * applicant's own pages (others get 404), the staff list, registration, the case page with the audited reveal, and
 * the to-do list.
 */
@IntegrationTest
class PagesForApplicantsAndStaff {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	java.util.List<TodoSource> todoSources;

	@Autowired
	Clock clock;

	@Test
	void theGuideExplainsTimeLimitsAndFeesToAnyone() throws Exception {
		String page = mvc.perform(get("/requests")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("20 个工作日", "7 个工作日", "每件 100 元", "apply-button", "/requests/track");
	}

	@Test
	void anAnonymousVisitorIsSentToSignInBeforeApplying() throws Exception {
		MockHttpServletResponse r = mvc.perform(get("/requests/apply")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(302);
		assertThat(r.getRedirectedUrl()).contains("/login");
	}

	@Test
	void aCitizenAppliesSeesTheTrackingNumberAndOnlyTheirOwnRequest() throws Exception {
		Cookie zhang = Pages.login(mvc, "citizen1");
		long agency = organisations.getByCode("520329-JYJ").id();

		String errors = mvc.perform(post("/requests/apply").cookie(zhang).with(csrf())
			.param("applicantType", "natural_person").param("agencyId", Long.toString(agency)).param("form", "electronic")
			.param("route", "online")).andReturn().getResponse().getContentAsString();
		assertThat(errors).contains("error-summary").contains("请填写申请公开的政府信息名称、文号");

		MockHttpServletResponse submitted = mvc.perform(post("/requests/apply").cookie(zhang).with(csrf())
			.param("applicantType", "natural_person").param("agencyId", Long.toString(agency))
			.param("title", "2026年春季学期课后服务收费标准").param("form", "electronic").param("route", "online"))
			.andReturn().getResponse();
		assertThat(submitted.getStatus()).isEqualTo(302);
		String confirmation = submitted.getRedirectedUrl();
		assertThat(confirmation).matches("/account/requests/YSQ\\d{10}/confirmation");
		String no = confirmation.replaceAll(".*/(YSQ\\d{10})/.*", "$1");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inforequest_request WHERE tracking_no = ?").param(no)
			.query(Long.class).single()).as("committed before the confirmation").isEqualTo(1);

		String page = mvc.perform(get(confirmation).cookie(zhang)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("tracking-number", no, "余庆县教育局");

		Cookie li = Pages.login(mvc, "citizen2");
		assertThat(mvc.perform(get("/account/requests/" + no).cookie(li)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get(confirmation).cookie(li)).andReturn().getResponse().getStatus()).isEqualTo(404);
		String mine = mvc.perform(get("/account/requests").cookie(zhang)).andReturn().getResponse().getContentAsString();
		assertThat(mine).contains(no);
		assertThat(mvc.perform(get("/account/requests").cookie(li)).andReturn().getResponse().getContentAsString())
			.doesNotContain(no);
	}

	@Test
	void staffRegisterAPaperApplicationWithItsLegalDateOfReceipt() throws Exception {
		Cookie clerk = Pages.login(mvc, "clerk");
		long agency = organisations.getByCode("520329-JYJ").id();
		LocalDate yesterday = LocalDate.now(clock).minusDays(1);
		MockHttpServletResponse r = mvc.perform(post("/workbench/requests/register").cookie(clerk).with(csrf())
			.param("channel", "registered_post").param("receivedOn", yesterday.toString())
			.param("agencyId", Long.toString(agency)).param("applicantType", "natural_person")
			.param("applicantName", "王芳").param("idType", "resident_id").param("phone", "13700001111")
			.param("title", "2025年教师招聘面试成绩").param("form", "paper").param("route", "post"))
			.andReturn().getResponse();
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
		String no = r.getRedirectedUrl().replaceAll(".*/(YSQ\\d{10}).*", "$1");
		var request = new Api(rest).get("/api/v1/requests/" + no, "clerk");
		var json = Api.read(request);
		assertThat(json.get("channel").asString()).isEqualTo("registered_post");
		assertThat(json.get("receivedOn").asString()).isEqualTo(yesterday.toString());
		assertThat(json.get("receiptRule").asString()).isEqualTo("signed_for");

		String progress = mvc.perform(get("/requests/track").param("no", no).param("phone", "1111")).andReturn()
			.getResponse().getContentAsString();
		assertThat(progress).contains("progress-heading", "余庆县教育局").doesNotContain("王芳");
		String wrongPhone = mvc.perform(get("/requests/track").param("no", no).param("phone", "2222")).andReturn()
			.getResponse().getContentAsString();
		assertThat(wrongPhone).contains("没有找到与受理编号和电话相符的申请").doesNotContain("progress-heading");

		String refused = mvc.perform(post("/workbench/requests/register").cookie(clerk).with(csrf())
			.param("channel", "in_person").param("receivedOn", LocalDate.now(clock).plusDays(3).toString())
			.param("agencyId", Long.toString(agency)).param("applicantType", "natural_person")
			.param("applicantName", "王芳").param("phone", "13700001111").param("title", "x").param("form", "paper")
			.param("route", "post")).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("error-summary").contains("晚于今天");
	}

	@Test
	void theServiceHallWindowReceivesForAnyAgencyAndHandsOverTheTrackingNumber() throws Exception {
		Cookie window = Pages.login(mvc, "window");
		long agency = organisations.getByCode("520329-JYJ").id();
		var result = mvc.perform(post("/workbench/requests/register").cookie(window).with(csrf())
			.param("channel", "in_person").param("receivedOn", LocalDate.now(clock).toString())
			.param("agencyId", Long.toString(agency)).param("applicantType", "commercial")
			.param("applicantName", "余庆县某建材有限公司").param("phone", "0851-26220000")
			.param("docNo", "余教发〔2025〕8号").param("form", "paper").param("route", "collect")).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workbench/requests/register");
		String no = (String) result.getFlashMap().get("registeredNo");
		assertThat(no).matches("YSQ\\d{10}");

		String page = mvc.perform(get("/workbench/requests/register").cookie(window).flashAttr("registeredNo", no))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("registered-no", no);
		var handled = Api.read(new Api(rest).get("/api/v1/requests/" + no, "clerk"));
		assertThat(handled.get("applicantType").asString()).isEqualTo("commercial");
		assertThat(handled.get("status").asString()).isEqualTo("in_progress");
	}

	@Test
	void anEmailApplicationIsReceivedTheDayTheOfficeConfirmsIt() throws Exception {
		Cookie clerk = Pages.login(mvc, "clerk");
		long agency = organisations.getByCode("520329-JYJ").id();
		LocalDate confirmed = LocalDate.now(clock).minusDays(2);
		MockHttpServletResponse r = mvc.perform(post("/workbench/requests/register").cookie(clerk).with(csrf())
			.param("channel", "email").param("receivedOn", confirmed.toString())
			.param("agencyId", Long.toString(agency)).param("applicantType", "natural_person")
			.param("applicantName", "赵敏").param("idType", "resident_id").param("phone", "13700002222")
			.param("title", "2025年校车采购合同").param("form", "paper").param("route", "post"))
			.andReturn().getResponse();
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
		String no = r.getRedirectedUrl().replaceAll(".*/(YSQ\\d{10}).*", "$1");
		var json = Api.read(new Api(rest).get("/api/v1/requests/" + no, "clerk"));
		assertThat(json.get("channel").asString()).isEqualTo("email");
		assertThat(json.get("receivedOn").asString()).isEqualTo(confirmed.toString());
		assertThat(json.get("receiptRule").asString()).isEqualTo("confirmed_by_office");
		String page = mvc.perform(get("/workbench/requests/" + no).cookie(clerk)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("电子邮件", "收到日期为公开办与申请人确认之日（条例第三十一条）");
	}

	@Test
	void theCasePageShowsTheDeadlineAndRevealsPersonalDataOnlyOnRequestAndAudited() throws Exception {
		String no = new RequestApi(new Api(rest)).apply("citizen1", "520329-JYJ", "课后服务收费明细");
		Cookie clerk = Pages.login(mvc, "clerk");
		String page = mvc.perform(get("/workbench/requests/" + no).cookie(clerk)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("答复期限", "剩余 20 个工作日", "张*", "action-reply").doesNotContain("张伟");
		assertThat(page).contains("receipt-rule", "收到日期为系统自动确认之日（条例第三十一条）");

		String revealed = mvc.perform(post("/workbench/requests/" + no + "/applicant").cookie(clerk).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(revealed).contains("张伟", "520329199003151237");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'personal-data.read' AND subject_id = ?")
			.param(no).query(Long.class).single()).isEqualTo(1);

		Cookie li = Pages.login(mvc, "citizen2");
		assertThat(mvc.perform(get("/workbench/requests/" + no).cookie(li)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void aRefusedStepComesBackOnTheCasePageWithItsReason() throws Exception {
		String no = new RequestApi(new Api(rest)).apply("citizen1", "520329-JYJ", "某文件");
		Cookie office = Pages.login(mvc, "office");
		String page = mvc.perform(post("/workbench/requests/" + no + "/extend").cookie(office).with(csrf())
			.param("workingDays", "25").param("reason", "材料多")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("error-summary", "延长答复期限最长 20 个工作日");
	}

	@Test
	void theToDoListsFollowRolesAndScope() {
		String unassigned = new RequestApi(new Api(rest)).apply("citizen2", "520329", "县政府常务会议纪要");
		String departmental = new RequestApi(new Api(rest)).apply("citizen2", "520329-JYJ", "学校安保合同");
		long county = organisations.getByCode("520329").id();
		long education = organisations.getByCode("520329-JYJ").id();
		var office = new org.yangguang.identity.CurrentUser(-1, "office", "县政务公开办 王敏",
				org.yangguang.identity.AccountKind.STAFF, county, java.util.Set.of(Role.DISCLOSURE_OFFICE));
		var clerk = new org.yangguang.identity.CurrentUser(-2, "clerk", "县教育局 刘洋",
				org.yangguang.identity.AccountKind.STAFF, education, java.util.Set.of(Role.CLERK));
		assertThat(todos(office)).anyMatch(t -> t.link().endsWith(unassigned))
			.noneMatch(t -> t.link().endsWith(departmental));
		assertThat(todos(clerk)).anyMatch(t -> t.link().endsWith(departmental))
			.noneMatch(t -> t.link().endsWith(unassigned));
	}

	private java.util.List<TodoItem> todos(org.yangguang.identity.CurrentUser user) {
		return todoSources.stream().flatMap(s -> s.todosFor(user).stream()).toList();
	}

	@Test
	void theStaffListShowsRemainingWorkingDaysAndTheDemoDeadlines() throws Exception {
		Cookie clerk = Pages.login(mvc, "clerk");
		String open = mvc.perform(get("/workbench/requests").cookie(clerk)).andReturn().getResponse()
			.getContentAsString();
		assertThat(open).contains("request-list", "tag-overdue", "tag-due-soon");
		String overdue = mvc.perform(get("/workbench/requests").param("show", "overdue").cookie(clerk)).andReturn()
			.getResponse().getContentAsString();
		assertThat(overdue).contains("tag-overdue").doesNotContain("tag-due-soon");
	}
}
