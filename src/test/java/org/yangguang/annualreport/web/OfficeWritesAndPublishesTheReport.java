package org.yangguang.annualreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yangguang.audit.AuditEntry;
import org.yangguang.audit.AuditLog;
import org.yangguang.audit.AuditQuery;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

import tools.jackson.databind.JsonNode;

/**
 * The office's journey in the workbench: the year's overview, the report page with its tables and checks, a refused
 * publication while a section is empty, a suggested paragraph inserted, the sections saved (and a stale save
 * refused), one-click publication after the legal date (warned, recorded late), the public page and catalog
 * document, and frozen figures afterwards. Every change is audited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeWritesAndPublishesTheReport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	Api api;
	TwoYearRegister register;
	Cookie office;
	String page;

	@BeforeAll
	void setUp() throws Exception {
		api = new Api(rest);
		register = TwoYearRegister.importedFor(api, organisations.getByCode("520329").id());
		office = Pages.login(mvc, "office");
		page = "/workbench/reports/" + register.code + "/2025";
	}

	@Test
	@Order(1)
	void theYearsOverviewListsTheDepartmentWithItsLegalDate() throws Exception {
		String html = html(get("/workbench/reports").param("year", "2025"));
		assertThat(html).contains(register.name, "2026-01-31", "status-" + register.code, "2026-03-31");
		String bad = html(get("/workbench/reports").param("year", "abcd"));
		assertThat(bad).contains("error-summary", "请填写 4 位数字的年份");
	}

	@Test
	@Order(2)
	void theReportPageShowsTheTablesChecksAndTheLateWarning() throws Exception {
		String html = html(get(page));
		assertThat(html).contains(register.name + "2025年政府信息公开工作年度报告", "一、本年新收政府信息公开申请数量",
				"（三）不予公开", "第二十条第（一）项", "未经复议直接起诉", "id=\"checks-passed\"", "sections-form",
				"publish-form", "共新收政府信息公开申请7件，上年结转2件；本年度办结8件", "id=\"cases\"");
		assertThat(html).as("the 2021 format has no subtotal rows").doesNotContain("小计");
		boolean late = LocalDate.now(clock).isAfter(LocalDate.of(2026, 1, 31));
		assertThat(html.contains("id=\"overdue-warning\"")).isEqualTo(late);
	}

	@Test
	@Order(3)
	void publishingIsRefusedWhileTheOverviewIsEmpty() throws Exception {
		MvcResult result = mvc.perform(post(page + "/publish").cookie(office).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("error-summary", "请先撰写并保存“一、总体情况”");
	}

	@Test
	@Order(4)
	void theSuggestedParagraphIsInsertedWithoutSaving() throws Exception {
		String html = html(post(page + "/sections").param("overview", "").param("problems", "")
			.param("otherMatters", "").param("version", "0").param("insert", "overview").with(csrf()));
		assertThat(html).contains("<textarea", "共新收政府信息公开申请7件");
		JsonNode sections = Api.read(api.get("/api/v1/reports/annual/sections?year=2025&org=" + register.code,
				"office"));
		assertThat(sections.get("version").asInt()).isZero();
	}

	@Test
	@Order(5)
	void theSectionsAreSavedAndAStaleSaveIsRefused() throws Exception {
		MvcResult saved = mvc.perform(post(page + "/sections").cookie(office).with(csrf())
			.param("overview", "本年度，本局坚持以公开为常态、不公开为例外。\n全年共办理政府信息公开申请8件。")
			.param("problems", "一是依申请公开答复文书不够规范。").param("otherMatters", "本年度未收取信息处理费。")
			.param("version", "0")).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(page);
		assertThat(html(get(page))).contains("全年共办理政府信息公开申请8件", "office");

		String stale = html(post(page + "/sections").param("overview", "覆盖").param("problems", "覆盖")
			.param("otherMatters", "覆盖").param("version", "0").with(csrf()));
		assertThat(stale).contains("error-summary", "在您编辑期间");
		assertThat(entries("annualreport.sections-saved")).hasSize(1);
	}

	@Test
	@Order(6)
	void oneClickPublishesTheReportInTheCatalogLateButAllowed() throws Exception {
		MvcResult published = mvc.perform(post(page + "/publish").cookie(office).with(csrf())).andReturn();
		assertThat(published.getResponse().getStatus()).isEqualTo(302);
		boolean late = LocalDate.now(clock).isAfter(LocalDate.of(2026, 1, 31));
		assertThat(published.getFlashMap().get("flash"))
			.isEqualTo(late ? "annualreport.published.late" : "annualreport.published");
		String html = html(get(page));
		assertThat(html).contains("published-notice").doesNotContain("sections-form").doesNotContain("publish-form");

		List<AuditEntry> entries = entries("annualreport.published");
		assertThat(entries).hasSize(1);
		JsonNode after = tools.jackson.databind.json.JsonMapper.builder().build().readTree(entries.get(0).after());
		assertThat(after.get("late").asBoolean()).isEqualTo(late);
		long documentId = after.get("documentId").asLong();
		ResponseEntity<String> document = api.get("/api/v1/documents/" + documentId, null);
		assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(document.getBody()).contains(register.name + "2025年政府信息公开工作年度报告");
	}

	@Test
	@Order(7)
	void thePublishedReportIsPublicWithItsDownloads() throws Exception {
		String html = mvc.perform(get("/annual-reports/" + register.code + "/2025")).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains(register.name + "2025年政府信息公开工作年度报告", "本局坚持以公开为常态",
				"一是依申请公开答复文书不够规范", "四、结转下年度继续办理");
		assertThat(mvc.perform(get("/annual-reports/" + register.code + "/2025/report.pdf")).andReturn()
			.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(mvc.perform(get("/annual-reports")).andReturn().getResponse().getContentAsString())
			.contains(register.name);
		assertThat(mvc.perform(get("/annual-reports/" + register.code + "/2024")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	@Order(8)
	void aPublishedReportKeepsItsFiguresAndCanNoLongerBeChanged() {
		ResponseEntity<String> late = api.post("/api/v1/requests/import", List.of(Map.of("agency", register.code,
				"applicantType", "other_org", "receivedOn", "2025-10-10", "channel", "post", "outcome", "granted",
				"decidedOn", "2025-10-20")), "office");
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode report = Api.read(api.get("/api/v1/reports/annual?year=2025&org=" + register.code, "office"));
		assertThat(report.get("table3").get("received").get("total").asLong()).isEqualTo(7);
		assertThat(report.get("table3").get("granted").get("otherOrg").asLong()).isZero();

		ResponseEntity<String> again = api.post("/api/v1/reports/annual/publish?year=2025&org=" + register.code,
				null, "office");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		ResponseEntity<String> edit = api.put("/api/v1/reports/annual/sections?year=2025&org=" + register.code,
				Map.of("overview", "改", "problems", "改", "otherMatters", "改"), "office");
		assertThat(edit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	@Order(9)
	void aCorrectionIsPublishedAsTheNextEditionWhileThePublicKeepsTheFirst() throws Exception {
		String refused = html(post(page + "/reopen").param("reason", " ").with(csrf()));
		assertThat(refused).contains("error-summary", "请填写更正原因");

		MvcResult reopened = mvc.perform(post(page + "/reopen").cookie(office).with(csrf())
			.param("reason", "补录遗漏的申请记录")).andReturn();
		assertThat(reopened.getResponse().getStatus()).isEqualTo(302);
		String workbench = html(get(page));
		assertThat(workbench).contains("correcting-notice", "补录遗漏的申请记录", "sections-form", "公布更正后的报告");
		JsonNode live = Api.read(api.get("/api/v1/reports/annual?year=2025&org=" + register.code, "office"));
		assertThat(live.get("table3").get("received").get("total").asLong()).isEqualTo(8);

		JsonNode sections = Api.read(api.get("/api/v1/reports/annual/sections?year=2025&org=" + register.code,
				"office"));
		ResponseEntity<String> saved = api.put("/api/v1/reports/annual/sections?year=2025&org=" + register.code,
				Map.of("overview", "更正后：全年共新收政府信息公开申请8件。", "problems", sections.get("problems").asString(),
						"otherMatters", sections.get("otherMatters").asString(), "version",
						sections.get("version").asInt()), "office");
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		String publicPage = mvc.perform(get("/annual-reports/" + register.code + "/2025")).andReturn().getResponse()
			.getContentAsString();
		assertThat(publicPage).contains("本局坚持以公开为常态").doesNotContain("更正后");

		ResponseEntity<String> republished = api.post("/api/v1/reports/annual/publish?year=2025&org=" + register.code,
				null, "office");
		assertThat(republished.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(Api.read(republished).get("edition").asInt()).isEqualTo(2);
		assertThat(republished.getHeaders().getLocation())
			.hasToString("/api/v1/documents/" + Api.read(republished).get("documentId").asLong());
		publicPage = mvc.perform(get("/annual-reports/" + register.code + "/2025")).andReturn().getResponse()
			.getContentAsString();
		assertThat(publicPage).contains("更正后：全年共新收政府信息公开申请8件");
		assertThat(entries("annualreport.reopened")).singleElement()
			.satisfies(e -> assertThat(e.reason()).isEqualTo("补录遗漏的申请记录"));
		assertThat(entries("annualreport.published")).hasSize(2);
	}

	private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		MvcResult result = mvc.perform(request.cookie(office)).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private List<AuditEntry> entries(String action) {
		return audit.find(new AuditQuery(null, action, "annual-report", register.code + "/2025", null, null), 0, 10)
			.content();
	}
}
