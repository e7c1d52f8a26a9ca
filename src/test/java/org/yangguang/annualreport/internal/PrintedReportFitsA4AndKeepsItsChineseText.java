package org.yangguang.annualreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.HandBuiltFigures;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.RequestYearFigures;
import org.yangguang.inforequest.RequestYearFigures.AppealCounts;

/**
 * The PDF of a report: A4 portrait for the text and table 二, A4 landscape for the wide tables 三 and 四, every glyph
 * inside its page, the Chinese text (all 21 row labels, the figures) extractable, the CJK font embedded.
 */
class PrintedReportFitsA4AndKeepsItsChineseText {

	static final float A4_SHORT = PDRectangle.A4.getWidth();
	static final float A4_LONG = PDRectangle.A4.getHeight();

	/** 10 mm: no glyph comes closer to the paper's edge (the page margins are 15 mm and more). */
	static final float MARGIN = 10 / 25.4f * 72;

	static byte[] pdf;

	@BeforeAll
	static void render() {
		RequestYearFigures figures = new HandBuiltFigures()
			.received(ApplicantType.NATURAL_PERSON, 118).received(ApplicantType.COMMERCIAL, 23)
			.received(ApplicantType.LEGAL_SERVICE, 4).carriedIn(ApplicantType.NATURAL_PERSON, 6)
			.decided(Outcome.GRANTED, ApplicantType.NATURAL_PERSON, 71).decided(Outcome.PARTIAL,
					ApplicantType.NATURAL_PERSON, 19)
			.decided(Outcome.WITHHELD_THIRD_PARTY, ApplicantType.COMMERCIAL, 3)
			.decided(Outcome.UNABLE_NOT_HELD, ApplicantType.NATURAL_PERSON, 24)
			.decided(Outcome.GRANTED, ApplicantType.COMMERCIAL, 20).decided(Outcome.OTHER_NO_FEE,
					ApplicantType.LEGAL_SERVICE, 4)
			.carriedOut(ApplicantType.NATURAL_PERSON, 10)
			.appeals(new AppealCounts(3, 1, 0, 2), new AppealCounts(1, 0, 0, 1), AppealCounts.NONE)
			.fees("200.00").build(2025);
		AnnualReport report = RenderingFixture.report(figures, RenderingFixture.proactive());
		pdf = new RenderingFixture().documents.pdf(report, RenderingFixture.ZH);
	}

	@Test
	void textAndTableTwoArePortraitTablesThreeAndFourLandscape() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			List<String> orientations = new ArrayList<>();
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				PDRectangle box = doc.getPage(i).getMediaBox();
				assertThat(Math.min(box.getWidth(), box.getHeight())).isCloseTo(A4_SHORT, org.assertj.core.data.Offset.offset(1f));
				assertThat(Math.max(box.getWidth(), box.getHeight())).isCloseTo(A4_LONG, org.assertj.core.data.Offset.offset(1f));
				String text = pageText(doc, i);
				orientations.add((box.getWidth() > box.getHeight() ? "landscape:" : "portrait:")
						+ (text.contains("收到和处理政府信息公开申请情况") ? "table3" : "")
						+ (text.contains("行政复议、行政诉讼情况") ? "table4" : "")
						+ (text.contains("主动公开政府信息情况") ? "table2" : ""));
			}
			assertThat(orientations.get(0)).startsWith("portrait:").contains("table2");
			assertThat(orientations).anyMatch(o -> o.startsWith("landscape:") && o.contains("table3"));
			assertThat(orientations).anyMatch(o -> o.startsWith("landscape:") && o.contains("table4"));
			assertThat(orientations).noneMatch(o -> o.startsWith("portrait:") && o.contains("table3"));
		}
	}

	@Test
	void tableThreeFitsOnOneLandscapePage() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			boolean wholeTableOnOnePage = false;
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				String text = pageText(doc, i);
				wholeTableOnOnePage |= text.contains("申请人情况") && text.contains("一、本年新收政府信息公开申请数量")
						&& text.contains("（七）总计") && text.contains("四、结转下年度继续办理");
			}
			assertThat(wholeTableOnOnePage).isTrue();
		}
	}

	@Test
	void everyGlyphLiesInsideItsPage() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				PDPage page = doc.getPage(i);
				float[] extent = glyphExtent(doc, i);
				assertThat(extent[0]).as("leftmost glyph on page %d", i + 1).isGreaterThanOrEqualTo(MARGIN);
				assertThat(extent[1]).as("rightmost glyph on page %d", i + 1)
					.isLessThanOrEqualTo(page.getMediaBox().getWidth() - MARGIN);
			}
		}
	}

	/** Written to target/ for a look at the layout. */
	@Test
	void writesThePdfForInspection() throws IOException {
		java.nio.file.Files.write(java.nio.file.Path.of("target", "annual-report-sample.pdf"), pdf);
		assertThat(pdf).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	@Test
	void chineseTextOfEveryRowAndTheFiguresCanBeExtracted() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("余庆县教育局2025年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息326条",
					"五、存在的主要问题及改进情况", "二是部分栏目更新不够及时", "六、其他需要报告的事项", "本年度共收取信息处理费200.00元",
					"本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "结转下年度继续办理", "申请人情况", "法人或其他组织",
					"社会公益组织", "法律服务机构", "行政规范性文件", "行政事业性收费", "152.3650", "未经复议直接起诉", "复议后起诉", "尚未审结");
			RenderingFixture.leafLabels().forEach(label -> assertThat(text).contains(label));
			List<PDFont> fonts = new ArrayList<>();
			for (var name : doc.getPage(0).getResources().getFontNames()) {
				fonts.add(doc.getPage(0).getResources().getFont(name));
			}
			assertThat(fonts).anyMatch(f -> f.isEmbedded() && f.getName().contains("Droid"));
		}
	}

	private static String pageText(PDDocument doc, int index) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(index + 1);
		stripper.setEndPage(index + 1);
		return stripper.getText(doc).replaceAll("\\s+", "");
	}

	/** The smallest x and the largest x + width of the glyphs on a page. */
	private static float[] glyphExtent(PDDocument doc, int index) throws IOException {
		float[] extent = { Float.MAX_VALUE, 0f };
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				for (TextPosition p : positions) {
					extent[0] = Math.min(extent[0], p.getXDirAdj());
					extent[1] = Math.max(extent[1], p.getXDirAdj() + p.getWidthDirAdj());
				}
			}
		};
		stripper.setStartPage(index + 1);
		stripper.setEndPage(index + 1);
		stripper.getText(doc);
		return extent;
	}
}
