package org.yangguang.annualreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.HandBuiltFigures;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.RequestYearFigures.AppealCounts;

/**
 * The XLSX: the text sheet and one sheet per table, with the national format's merged header cells, row labels in
 * the national order and the figures as numbers.
 */
class WorkbookLaysTheTablesOutLikeTheNationalFormat {

	static Workbook workbook;

	@BeforeAll
	static void build() throws IOException {
		AnnualReport report = RenderingFixture.report(new HandBuiltFigures()
			.received(ApplicantType.NATURAL_PERSON, 30).received(ApplicantType.RESEARCH, 2)
			.carriedIn(ApplicantType.COMMERCIAL, 1)
			.decided(Outcome.GRANTED, ApplicantType.NATURAL_PERSON, 20)
			.decided(Outcome.NOT_PROCESSED_PETITION, ApplicantType.NATURAL_PERSON, 5)
			.decided(Outcome.PARTIAL, ApplicantType.RESEARCH, 2).decided(Outcome.OTHER_OTHER, ApplicantType.COMMERCIAL, 1)
			.carriedOut(ApplicantType.NATURAL_PERSON, 5)
			.appeals(new AppealCounts(2, 1, 0, 1), AppealCounts.NONE, new AppealCounts(0, 1, 0, 0)).build(2025),
				RenderingFixture.proactive());
		RenderingFixture fixture = new RenderingFixture();
		byte[] xlsx = fixture.workbook.xlsx(report, fixture.documents.title(report, RenderingFixture.ZH),
				RenderingFixture.ZH);
		workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	@Test
	void oneSheetForTheTextAndOneForEachTable() {
		assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
		assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
				workbook.getSheetName(3))).containsExactly("报告正文", "表二 主动公开", "表三 依申请公开", "表四 复议诉讼");
		Sheet text = workbook.getSheetAt(0);
		assertThat(text(text, 0, 0)).isEqualTo("余庆县教育局2025年政府信息公开工作年度报告");
		assertThat(column(text)).contains("一、总体情况", "全年主动公开政府信息 326 条。", "五、存在的主要问题及改进情况",
				"二是部分栏目更新不够及时。", "六、其他需要报告的事项", "本年度共收取信息处理费200.00元。");
	}

	@Test
	void tableThreeHasTheMergedApplicantHeaderAndTheRowsWithTheirFigures() {
		Sheet sheet = workbook.getSheet("表三 依申请公开");
		assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A2:C4"),
				CellRangeAddress.valueOf("D2:J2"), CellRangeAddress.valueOf("D3:D4"), CellRangeAddress.valueOf("E3:I3"),
				CellRangeAddress.valueOf("J3:J4"), CellRangeAddress.valueOf("A5:C5"), CellRangeAddress.valueOf("A7:A28"),
				CellRangeAddress.valueOf("B9:B16"), CellRangeAddress.valueOf("B20:B24"));
		assertThat(text(sheet, 1, 3)).isEqualTo("申请人情况");
		assertThat(text(sheet, 2, 4)).isEqualTo("法人或其他组织");
		assertThat(text(sheet, 3, 8)).isEqualTo("其他");
		assertThat(text(sheet, 4, 0)).isEqualTo("一、本年新收政府信息公开申请数量");
		assertThat(number(sheet, 4, 3)).isEqualTo(30);
		assertThat(number(sheet, 4, 5)).isEqualTo(2);
		assertThat(number(sheet, 4, 9)).isEqualTo(32);
		assertThat(text(sheet, 5, 0)).isEqualTo("二、上年结转政府信息公开申请数量");
		assertThat(number(sheet, 5, 4)).isEqualTo(1);
		assertThat(text(sheet, 6, 0)).isEqualTo("三、本年度办理结果");
		assertThat(text(sheet, 6, 1)).isEqualTo("（一）予以公开");
		assertThat(number(sheet, 6, 3)).isEqualTo(20);
		assertThat(text(sheet, 8, 1)).isEqualTo("（三）不予公开");
		assertThat(text(sheet, 8, 2)).as("no 小计 row: the first leaf stands beside the group label").startsWith("1．");
		assertThat(text(sheet, 15, 2)).isEqualTo("8．属于行政查询事项");
		assertThat(text(sheet, 19, 1)).isEqualTo("（五）不予处理");
		assertThat(text(sheet, 19, 2)).isEqualTo("1．信访举报投诉类申请");
		assertThat(number(sheet, 19, 3)).isEqualTo(5);
		assertThat(text(sheet, 27, 1)).isEqualTo("（七）总计");
		assertThat(number(sheet, 27, 9)).isEqualTo(28);
		assertThat(text(sheet, 28, 0)).isEqualTo("四、结转下年度继续办理");
		assertThat(number(sheet, 28, 3)).isEqualTo(5);
		assertThat(sheet.getLastRowNum()).isEqualTo(28);
		for (int r = 4; r <= 28; r++) {
			assertThat(text(sheet, r, 2)).isNotEqualTo("小计");
		}
	}

	@Test
	void tableTwoKeepsItsBlocksAndTheFeesInTenThousandYuan() {
		Sheet sheet = workbook.getSheet("表二 主动公开");
		assertThat(text(sheet, 1, 0)).isEqualTo("第二十条第（一）项");
		assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A2:D2"));
		assertThat(text(sheet, 4, 0)).isEqualTo("行政规范性文件");
		assertThat(number(sheet, 4, 1)).isEqualTo(14);
		assertThat(number(sheet, 4, 2)).isEqualTo(3);
		assertThat(number(sheet, 4, 3)).isEqualTo(57);
		assertThat(text(sheet, 7, 0)).isEqualTo("行政许可");
		assertThat(number(sheet, 7, 1)).isEqualTo(1260);
		assertThat(text(sheet, 14, 0)).isEqualTo("行政事业性收费");
		assertThat(sheet.getRow(14).getCell(1).getNumericCellValue()).isEqualTo(152.365);
		assertThat(text(sheet, 13, 1)).isEqualTo("本年收费金额（单位：万元）");
		assertThat(sheet.getLastRowNum()).isEqualTo(14);
	}

	@Test
	void tableFourHasFifteenNumbersUnderTheirThreeBlocks() {
		Sheet sheet = workbook.getSheet("表四 复议诉讼");
		assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A2:E3"),
				CellRangeAddress.valueOf("F2:O2"), CellRangeAddress.valueOf("F3:J3"), CellRangeAddress.valueOf("K3:O3"));
		assertThat(text(sheet, 1, 0)).isEqualTo("行政复议");
		assertThat(text(sheet, 2, 10)).isEqualTo("复议后起诉");
		assertThat(text(sheet, 3, 4)).isEqualTo("总计");
		long[] expected = { 2, 1, 0, 1, 4, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1 };
		for (int c = 0; c < 15; c++) {
			assertThat(number(sheet, 4, c)).as("column %d", c).isEqualTo(expected[c]);
		}
	}

	private static String text(Sheet sheet, int row, int col) {
		return sheet.getRow(row).getCell(col).getStringCellValue();
	}

	private static long number(Sheet sheet, int row, int col) {
		Cell cell = sheet.getRow(row).getCell(col);
		return (long) cell.getNumericCellValue();
	}

	private static List<String> column(Sheet sheet) {
		List<String> values = new java.util.ArrayList<>();
		sheet.forEach(row -> values.add(row.getCell(0).getStringCellValue()));
		return values;
	}
}
