package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/**
 * Every organisation gets the standard column tree; the disclosure office adds, renames and retires columns and
 * writes the guide, with errors shown next to the fields; other roles may not.
 */
@IntegrationTest
class OfficeKeepsTheCatalogAndGuide {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestRestTemplate rest;

	Organisation department;

	@BeforeEach
	void setUp() {
		String code = "520329-C" + Long.toString(System.nanoTime(), 36).toUpperCase();
		department = organisations.create(new NewOrganisation(code, "目录测试局" + code.substring(8),
				OrganisationKind.DEPARTMENT, organisations.getByCode("520329").id(), null,
				new Organisation.Contact("余庆县政府路9号", "0851-26229999", "工作日 9:00-17:00", null), 97));
	}

	@Test
	void aNewOrganisationGetsTheStandardColumns() {
		assertThat(jdbc.sql("SELECT name FROM disclosure_column WHERE organisation_id = ?").param(department.id())
			.query(String.class).list()).contains("机构职能", "政策文件", "政策解读", "规划计划", "财政预决算", "政府采购", "重大项目",
					"人事信息", "行政许可", "行政处罚", "收费目录", "审计结果", "权力清单", "年度报告", "新闻动态", "通知公告");
		long village = organisations.getByCode("520329102201").id();
		assertThat(jdbc.sql("SELECT name FROM disclosure_column WHERE organisation_id = ?").param(village)
			.query(String.class).list()).contains("村务公开", "通知公告").doesNotContain("政策文件");
	}

	@Test
	void theOfficeAddsRenamesAndRetiresAColumn() throws Exception {
		Cookie office = Pages.login(mvc, "office");
		String code = department.code();
		mvc.perform(post("/workbench/disclosure/catalog/" + code + "/columns").with(csrf()).cookie(office)
			.param("name", "双随机一公开").param("freshness", "regular").param("description", "抽查结果"));
		Long id = jdbc.sql("SELECT id FROM disclosure_column WHERE organisation_id = ? AND name = '双随机一公开'")
			.param(department.id()).query(Long.class).single();
		assertThat(rest.getForObject("/disclosure/org/" + code, String.class)).contains("双随机一公开");

		String duplicate = mvc.perform(post("/workbench/disclosure/catalog/" + code + "/columns").with(csrf())
			.cookie(office).param("name", "政策文件").param("freshness", "regular")).andReturn().getResponse()
			.getContentAsString();
		assertThat(duplicate).contains("error-summary", "本单位已有名为“政策文件”的栏目");

		mvc.perform(post("/workbench/disclosure/catalog/columns/" + id + "/rename").with(csrf()).cookie(office)
			.param("name", "双随机、一公开"));
		assertThat(jdbc.sql("SELECT name FROM disclosure_column WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("双随机、一公开");
		mvc.perform(post("/workbench/disclosure/catalog/columns/" + id + "/retire").with(csrf()).cookie(office)
			.param("reason", "并入行政处罚栏目"));
		assertThat(rest.getForObject("/disclosure/org/" + code, String.class)).doesNotContain("双随机、一公开");
	}

	@Test
	void aColumnWithPublishedDocumentsCannotBeRetired() throws Exception {
		long id = Disclosure.published(new Api(rest), Disclosure.unique("栏目非空"));
		long column = jdbc.sql("SELECT column_id FROM disclosure_version WHERE document_id = ?").param(id)
			.query(Long.class).single();
		Cookie office = Pages.login(mvc, "office");
		String page = mvc.perform(post("/workbench/disclosure/catalog/columns/" + column + "/retire").with(csrf())
			.cookie(office).param("reason", "试试")).andReturn().getFlashMap().get("catalogError").toString();
		assertThat(page).contains("还有已公开或正在办理的文件");
	}

	@Test
	void theOfficeWritesTheGuide() throws Exception {
		Cookie office = Pages.login(mvc, "office");
		assertThat(rest.getForObject("/disclosure/guide/" + department.code(), String.class)).contains("标准指南",
				"0851-26229999");
		String invalid = mvc.perform(post("/workbench/disclosure/guide/" + department.code()).with(csrf()).cookie(office)
			.param("officeName", "").param("body", "<p>指南</p>")).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("请填写政府信息公开工作机构的名称");
		mvc.perform(post("/workbench/disclosure/guide/" + department.code()).with(csrf()).cookie(office)
			.param("officeName", "目录测试局办公室").param("fax", "0851-26229998")
			.param("body", "<h2>一、获取方式</h2><p>到局办公室查阅。</p><script>alert(1)</script>"));
		String guide = rest.getForObject("/disclosure/guide/" + department.code(), String.class);
		assertThat(guide).contains("目录测试局办公室", "到局办公室查阅", "0851-26229998").doesNotContain("alert(1)", "标准指南");
	}

	@Test
	void onlyTheOfficeMaintainsTheCatalog() throws Exception {
		for (String user : new String[] { "clerk", "leader" }) {
			int status = mvc.perform(get("/workbench/disclosure/catalog").cookie(Pages.login(mvc, user))).andReturn()
				.getResponse().getStatus();
			assertThat(status).isEqualTo(403);
		}
	}
}
