package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.yangguang.inforequest.RequestApi.body;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

import tools.jackson.databind.JsonNode;

/** 历史台账导入: every problem is reported with its row; one bad row and nothing is imported; office only. */
@IntegrationTest
class ImportTakesAllRowsOrNone {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	long imported() {
		return jdbc.sql("SELECT COUNT(*) FROM inforequest_request WHERE imported").query(Long.class).single();
	}

	@Test
	void oneBadRowAndNothingIsImported() {
		long before = imported();
		List<Map<String, Object>> records = List.of(
				body("agency", "520329-JYJ", "applicantType", "natural_person", "receivedOn", "2025-03-18", "channel",
						"in_person", "outcome", "granted", "decidedOn", "2025-04-02"),
				body("agency", "999-NONE", "applicantType", "natural_person", "receivedOn", "2025-03-18", "channel",
						"post"),
				body("agency", "520329-MZJ", "applicantType", "company", "receivedOn", "2025-05-10", "channel", "fax",
						"outcome", "granted", "decidedOn", "2025-05-01"));

		ResponseEntity<String> r = api.post("/api/v1/requests/import", records, "office");

		assertThat(r.getStatusCode().value()).isEqualTo(400);
		JsonNode errors = Api.read(r).get("errors");
		assertThat(errors.size()).isEqualTo(3);
		assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
		assertThat(errors.get(0).get("field").asString()).isEqualTo("agency");
		assertThat(errors.get(0).get("message").asString()).contains("999-NONE");
		assertThat(errors.get(1).get("row").asInt()).isEqualTo(3);
		assertThat(errors.get(1).get("field").asString()).isEqualTo("applicantType");
		assertThat(errors.get(2).get("field").asString()).isEqualTo("decidedOn");
		assertThat(imported()).isEqualTo(before);
	}

	@Test
	void aDecidedRecordNeedsBothOutcomeAndDate() {
		ResponseEntity<String> r = api.post("/api/v1/requests/import", List.of(body("agency", "520329-JYJ",
				"applicantType", "natural_person", "receivedOn", "2025-03-18", "channel", "online", "outcome", "granted")),
				"office");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(r).get("errors").get(0).get("field").asString()).isEqualTo("decidedOn");
	}

	@Test
	void onlyTheDisclosureOfficeImports() {
		ResponseEntity<String> r = api.post("/api/v1/requests/import", List.of(body("agency", "520329-JYJ",
				"applicantType", "natural_person", "receivedOn", "2025-03-18", "channel", "online")), "clerk");
		assertThat(r.getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void anUploadedCsvIsImportedFromTheWorkbench() throws Exception {
		long before = imported();
		Cookie office = Pages.login(mvc, "office");
		String csv = "机关代码,申请人类型,收到日期,申请方式,办理结果,办结日期,信息名称\n"
				+ "520329-JYJ,自然人,2025-08-04,当面,granted,2025-08-20,学校收费项目\n"
				+ "520329-WJJ,法律服务机构,2025-08-11,挂号信,unable.notHeld,2025-09-01,医疗纠纷处理记录\n";
		String page = mvc.perform(multipart("/workbench/requests/import")
			.file(new MockMultipartFile("file", "台账.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.cookie(office).with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("import-result");
		assertThat(imported()).isEqualTo(before + 2);
	}

	@Test
	void anUploadWithMistakesListsThemByRowAndImportsNothing() throws Exception {
		long before = imported();
		Cookie office = Pages.login(mvc, "office");
		String csv = "agency,applicantType,receivedOn,channel,outcome,decidedOn\n"
				+ "520329-JYJ,natural_person,2025-08-04,in_person,granted,2025-08-20\n"
				+ "520329-JYJ,natural_person,2025-13-04,in_person,,\n";
		var response = mvc.perform(multipart("/workbench/requests/import")
			.file(new MockMultipartFile("file", "register.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.cookie(office).with(csrf())).andReturn().getResponse();
		String page = response.getContentAsString();
		assertThat(page).contains("import-problems").contains("2025-13-04");
		assertThat(imported()).isEqualTo(before);
	}
}
