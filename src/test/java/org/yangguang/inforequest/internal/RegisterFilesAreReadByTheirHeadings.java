package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yangguang.inforequest.ImportRecord;
import org.yangguang.inforequest.ImportRejected;

/** A register file (CSV or XLSX) is read by its column headings, English or Chinese, with spreadsheet row numbers. */
class RegisterFilesAreReadByTheirHeadings {

	@Test
	void csvWithChineseHeadingsQuotesAndABlankLine() {
		String csv = "\uFEFF机关代码,申请人类型,收到日期,申请方式,办理结果,办结日期,信息名称\r\n"
				+ "520329-JYJ,自然人,2025-03-18,当面,granted,2025-04-02,\"招生计划, 含划片\"\r\n" + "\r\n"
				+ "520329-MZJ,商业企业,2025/12/30,挂号信,,,\r\n";
		List<ImportRecord> records = RegisterFile.read("台账.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(records).hasSize(2);
		ImportRecord first = records.get(0);
		assertThat(first.row()).isEqualTo(2);
		assertThat(first.agency()).isEqualTo("520329-JYJ");
		assertThat(first.title()).isEqualTo("招生计划, 含划片");
		assertThat(ImportValues.applicantType(first.applicantType()).key()).isEqualTo("natural_person");
		assertThat(ImportValues.channel(first.channel()).key()).isEqualTo("in_person");
		assertThat(records.get(1).row()).isEqualTo(4);
		assertThat(ImportValues.date(records.get(1).receivedOn())).isEqualTo(LocalDate.of(2025, 12, 30));
		assertThat(records.get(1).outcome()).isBlank();
	}

	@Test
	void xlsxWithDateCellsAndEnglishHeadings() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("2025");
			Row head = sheet.createRow(0);
			String[] headings = { "agency", "applicantType", "receivedOn", "channel", "outcome", "decidedOn" };
			for (int i = 0; i < headings.length; i++) {
				head.createCell(i).setCellValue(headings[i]);
			}
			CellStyle dates = book.createCellStyle();
			dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("520329-JYJ");
			row.createCell(1).setCellValue("legal_service");
			row.createCell(2).setCellValue(LocalDate.of(2025, 11, 3));
			row.getCell(2).setCellStyle(dates);
			row.createCell(3).setCellValue("fax");
			row.createCell(4).setCellValue("withheld.processInfo");
			row.createCell(5).setCellValue(LocalDate.of(2025, 11, 20));
			row.getCell(5).setCellStyle(dates);
			book.write(out);
			List<ImportRecord> records = RegisterFile.read("register.xlsx", out.toByteArray());
			assertThat(records).singleElement().satisfies(r -> {
				assertThat(r.row()).isEqualTo(2);
				assertThat(r.receivedOn()).isEqualTo("2025-11-03");
				assertThat(r.decidedOn()).isEqualTo("2025-11-20");
				assertThat(r.outcome()).isEqualTo("withheld.processInfo");
			});
		}
	}

	@Test
	void aMissingRequiredColumnOrAnotherFileTypeIsRefused() {
		assertThatThrownBy(() -> RegisterFile.read("a.csv", "agency,channel\nx,y\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(ImportRejected.class)
			.satisfies(e -> assertThat(((ImportRejected) e).problems().get(0).messageKey())
				.isEqualTo("inforequest.import.columnMissing"));
		assertThatThrownBy(() -> RegisterFile.read("a.pdf", new byte[] { 1 })).isInstanceOf(ImportRejected.class);
		assertThatThrownBy(() -> RegisterFile.read("a.xlsx", new byte[] { 1, 2, 3 })).isInstanceOf(ImportRejected.class);
	}

	@Test
	void theTemplateOfferedForDownloadIsReadable() {
		List<ImportRecord> records = RegisterFile.read("t.csv", RegisterFile.CSV_TEMPLATE.getBytes(StandardCharsets.UTF_8));
		assertThat(records).hasSize(1);
		assertThat(records.get(0).agency()).isEqualTo("520329-JYJ");
	}

	@Test
	void trackingNumbersAreYsqYearAndSixDigits() {
		assertThat(TrackingNumbers.format(2026, 123)).isEqualTo("YSQ2026000123");
		assertThat(TrackingNumbers.isTrackingNo("YSQ2026000123")).isTrue();
		assertThat(TrackingNumbers.isTrackingNo("YSQ202600012")).isFalse();
	}
}
