package org.yangguang.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 事项目录 XLSX: the exported workbook imported again changes nothing; one edited cell publishes exactly one new
 * version, while a case opened before keeps the version it was opened under; a wrong row imports nothing and says
 * where it is; a clerk cannot publish another department's items through the workbook.
 */
@IntegrationTest
class TheCatalogRoundTripsThroughAWorkbook {

	@Autowired
	TestRestTemplate rest;

	@Test
	void anUnchangedWorkbookChangesNothingAndOneEditedCellPublishesOneVersion() throws IOException {
		Api api = new Api(rest);
		ServiceCaseApi cases = new ServiceCaseApi(api);
		String code = cases.publishOwnItem("目录导入测试事项");
		String caseNo = cases.apply("citizen1", code, List.of(1, 2));
		int before = cases.guide(code).get("version").asInt();

		byte[] xlsx = export();
		JsonNode same = Api.read(importWorkbook(api, "admin", xlsx));
		assertThat(same.get("published").asInt()).isZero();
		assertThat(same.get("unchanged").asInt()).isGreaterThanOrEqualTo(30);

		JsonNode edited = Api.read(importWorkbook(api, "admin", edit(xlsx, code, "承诺时限（工作日）", "4", "审查（工作日）", "1")));
		assertThat(edited.get("published").asInt()).isEqualTo(1);
		JsonNode guide = cases.guide(code);
		assertThat(guide.get("version").asInt()).isEqualTo(before + 1);
		assertThat(guide.get("promisedDays").asInt()).isEqualTo(4);
		assertThat(cases.get(caseNo, "citizen1").get("itemVersion").asInt()).isEqualTo(before);
	}

	@Test
	void aWrongRowImportsNothingAndSaysWhereItIs() throws IOException {
		Api api = new Api(rest);
		String code = new ServiceCaseApi(api).publishOwnItem("目录错误测试事项");
		byte[] xlsx = edit(export(), code, "办件类型", "加急件", "承诺时限（工作日）", "3");
		ResponseEntity<String> r = importWorkbook(api, "admin", xlsx);
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		JsonNode error = Api.read(r).get("errors").get(0);
		assertThat(error.get("sheet").asString()).isEqualTo("事项");
		assertThat(error.get("row").asInt()).isGreaterThan(1);
		assertThat(error.get("message").asString()).contains("加急件");
		assertThat(new ServiceCaseApi(api).guide(code).get("promisedDays").asInt()).isEqualTo(5);

		ResponseEntity<String> notYours = importWorkbook(api, "clerk", edit(export(), "520329-MZJ-001", "办理时间",
				"周一至周五 9:00-17:00", null, null));
		assertThat(notYours.getStatusCode().value()).isEqualTo(400);
		assertThat(notYours.getBody()).contains("520329-MZJ");
	}

	private byte[] export() {
		ResponseEntity<byte[]> r = rest.exchange("/api/v1/service-items.xlsx", HttpMethod.GET, HttpEntity.EMPTY,
				byte[].class);
		assertThat(r.getStatusCode().value()).isEqualTo(200);
		return r.getBody();
	}

	/** Sets up to two cells of the item's row in 事项, by column header. */
	private static byte[] edit(byte[] xlsx, String code, String column, String value, String column2, String value2)
			throws IOException {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet items = book.getSheet("事项");
			Row header = items.getRow(0);
			for (Row row : items) {
				if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
					set(row, header, column, value);
					if (column2 != null) {
						set(row, header, column2, value2);
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void set(Row row, Row header, String column, String value) {
		for (int i = 0; i < header.getLastCellNum(); i++) {
			if (column.equals(header.getCell(i).getStringCellValue())) {
				row.createCell(i).setCellValue(value);
				return;
			}
		}
		throw new AssertionError("no column " + column);
	}

	private ResponseEntity<String> importWorkbook(Api api, String user, byte[] xlsx) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(api.token(user));
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(xlsx) {
			@Override
			public String getFilename() {
				return "service-items.xlsx";
			}
		});
		return rest.postForEntity("/api/v1/service-items/import", new HttpEntity<>(body, headers), String.class);
	}
}
