package org.yangguang.annualreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/reports/annual?year=&org=} on a register imported over two years: the JSON contract (table 三
 * keyed by the outcome keys plus received, carriedIn, total, carriedOut, each with the seven applicant columns), the
 * figures of each year, the aggregation of a government's subtree, and the PDF and XLSX of the same report.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiFollowsTheContract {

	static final List<String> ROWS = List.of("received", "carriedIn", "granted", "partial", "withheld.stateSecret",
			"withheld.lawForbids", "withheld.security", "withheld.thirdParty", "withheld.internalAffairs",
			"withheld.processInfo", "withheld.enforcementFile", "withheld.queryMatter", "unable.notHeld",
			"unable.needsCreation", "unable.stillUnclear", "notProcessed.petition", "notProcessed.repeated",
			"notProcessed.publication", "notProcessed.massive", "notProcessed.confirmation", "other.noCorrection",
			"other.noFee", "other.other", "total", "carriedOut");
	static final List<String> COLUMNS = List.of("naturalPerson", "commercial", "research", "publicInterest",
			"legalService", "otherOrg", "total");

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	Api api;
	TwoYearRegister register;
	JsonNode countyBefore;

	@BeforeAll
	void importRegister() {
		api = new Api(rest);
		countyBefore = report(2025, "520329");
		register = TwoYearRegister.importedFor(api, organisations.getByCode("520329").id());
	}

	@Test
	void table3HasTheContractRowsEachWithTheSevenApplicantColumns() {
		JsonNode body = report(2025, register.code);
		assertThat(names(body)).containsExactly("table3", "table2", "table4", "checks");
		assertThat(names(body.get("table3"))).containsExactlyElementsOf(ROWS);
		body.get("table3").properties().forEach(row -> assertThat(names(row.getValue())).as(row.getKey())
			.containsExactlyElementsOf(COLUMNS));
		assertThat(names(body.get("table2"))).containsExactly("rules", "normativeDocuments", "licensing", "penalty",
				"enforcement", "fees");
		assertThat(names(body.get("table2").get("rules"))).containsExactly("issued", "repealed", "inForce");
		assertThat(names(body.get("table2").get("penalty"))).containsExactly("decisions");
		assertThat(names(body.get("table2").get("fees"))).containsExactly("amountWanYuan");
		assertThat(names(body.get("table4"))).containsExactly("reconsideration", "litigationDirect",
				"litigationAfterReconsideration");
		body.get("table4").properties().forEach(block -> assertThat(names(block.getValue())).as(block.getKey())
			.containsExactly("maintained", "corrected", "other", "pending", "total"));
		body.get("checks").properties().forEach(check -> {
			assertThat(names(check.getValue())).containsExactly("name", "passed", "expected", "actual");
			assertThat(check.getValue().get("name").asString()).isEqualTo(check.getKey());
		});
		assertThat(body.get("checks").has("table3.balance.total")).isTrue();
	}

	@Test
	void theSecondYearCountsCarriedInReceivedDecidedAndCarriedOutApplications() {
		JsonNode t3 = report(2025, register.code).get("table3");
		assertRow(t3, "received", 4, 0, 1, 1, 1, 0, 7);
		assertRow(t3, "carriedIn", 1, 1, 0, 0, 0, 0, 2);
		assertRow(t3, "granted", 3, 0, 0, 0, 0, 0, 3);
		assertRow(t3, "partial", 0, 0, 1, 0, 0, 0, 1);
		assertRow(t3, "withheld.processInfo", 0, 0, 0, 1, 0, 0, 1);
		assertRow(t3, "unable.notHeld", 0, 1, 0, 0, 0, 0, 1);
		assertRow(t3, "notProcessed.repeated", 0, 0, 0, 0, 1, 0, 1);
		assertRow(t3, "other.noCorrection", 1, 0, 0, 0, 0, 0, 1);
		assertRow(t3, "withheld.thirdParty", 0, 0, 0, 0, 0, 0, 0);
		assertRow(t3, "total", 4, 1, 1, 1, 1, 0, 8);
		assertRow(t3, "carriedOut", 1, 0, 0, 0, 0, 0, 1);
	}

	@Test
	void theFirstYearCarriesItsOpenApplicationsOut() {
		JsonNode t3 = report(2024, register.code).get("table3");
		assertRow(t3, "received", 5, 2, 0, 0, 0, 0, 7);
		assertRow(t3, "carriedIn", 0, 0, 0, 0, 0, 0, 0);
		assertRow(t3, "granted", 3, 0, 0, 0, 0, 0, 3);
		assertRow(t3, "withheld.thirdParty", 1, 0, 0, 0, 0, 0, 1);
		assertRow(t3, "partial", 0, 1, 0, 0, 0, 0, 1);
		assertRow(t3, "total", 4, 1, 0, 0, 0, 0, 5);
		assertRow(t3, "carriedOut", 1, 1, 0, 0, 0, 0, 2);
	}

	@Test
	void everyCheckOfBothYearsPasses() {
		for (int year : new int[] { 2024, 2025 }) {
			JsonNode checks = report(year, register.code).get("checks");
			assertThat(checks.size()).isEqualTo(42);
			checks.properties().forEach(c -> {
				assertThat(c.getValue().get("passed").asBoolean()).as(year + " " + c.getKey()).isTrue();
				assertThat(c.getValue().get("expected").asLong()).isEqualTo(c.getValue().get("actual").asLong());
			});
			JsonNode balance = checks.get("table3.balance.total");
			assertThat(balance.get("expected").asLong()).isEqualTo(7 + (year == 2025 ? 2 : 0));
		}
	}

	@Test
	void theCountyAggregatesItsWholeSubtreeIncludingTheNewDepartment() {
		JsonNode after = report(2025, "520329").get("table3");
		JsonNode before = countyBefore.get("table3");
		JsonNode department = report(2025, register.code).get("table3");
		for (String row : ROWS) {
			for (String column : COLUMNS) {
				long own = department.get(row).get(column).asLong();
				assertThat(after.get(row).get(column).asLong() - before.get(row).get(column).asLong())
					.as(row + "/" + column).isEqualTo(own);
			}
		}
	}

	@Test
	void thePdfCarriesTheTablesInChinese() throws Exception {
		ResponseEntity<byte[]> pdf = file("/api/v1/reports/annual?year=2025&org=" + register.code + "&format=pdf");
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(pdf.getHeaders().getContentDisposition().getFilename()).endsWith(".pdf");
		try (var doc = Loader.loadPDF(pdf.getBody())) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains(register.name + "2025年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
					"一、本年新收政府信息公开申请数量", "属于四类过程性信息", "结转下年度继续办理");
		}
	}

	@Test
	void theXlsxCarriesTheSameFigures() throws Exception {
		ResponseEntity<byte[]> xlsx = file("/api/v1/reports/annual?year=2025&org=" + register.code + "&format=xlsx");
		assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(xlsx.getHeaders().getContentType()).isEqualTo(ReportFiles.XLSX);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
			Sheet t3 = workbook.getSheet("表三 依申请公开");
			assertThat(t3.getRow(4).getCell(0).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(t3.getRow(4).getCell(9).getNumericCellValue()).isEqualTo(7);
			assertThat(t3.getRow(5).getCell(9).getNumericCellValue()).isEqualTo(2);
			assertThat(t3.getRow(27).getCell(9).getNumericCellValue()).as("（七）总计").isEqualTo(8);
			assertThat(t3.getRow(28).getCell(3).getNumericCellValue()).as("四、结转下年度").isEqualTo(1);
		}
	}

	private JsonNode report(int year, String org) {
		ResponseEntity<String> response = api.get("/api/v1/reports/annual?year=" + year + "&org=" + org, "office");
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		return Api.read(response);
	}

	private ResponseEntity<byte[]> file(String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(api.token("office"));
		return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

	private static void assertRow(JsonNode t3, String row, long... values) {
		for (int i = 0; i < COLUMNS.size(); i++) {
			assertThat(t3.get(row).get(COLUMNS.get(i)).asLong()).as(row + "." + COLUMNS.get(i)).isEqualTo(values[i]);
		}
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.properties().forEach((Map.Entry<String, JsonNode> e) -> names.add(e.getKey()));
		return names;
	}
}
