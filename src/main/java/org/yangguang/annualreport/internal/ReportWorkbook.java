package org.yangguang.annualreport.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.AppealTable.AppealBlock;
import org.yangguang.annualreport.ProactiveTable;
import org.yangguang.annualreport.RequestTable;
import org.yangguang.annualreport.RequestTableRow;

/**
 * The report as an XLSX workbook for offices that file it: a sheet with the written sections, then one sheet per
 * table laid out like the national format (merged header cells, numbers as numbers).
 */
@Component
public class ReportWorkbook {

	private static final List<String> APPLICANT_ORGS = List.of("commercial", "research", "publicInterest",
			"legalService", "otherOrg");
	private static final List<String> APPEAL_RESULTS = List.of("maintained", "corrected", "other", "pending", "total");

	private final MessageSource messages;

	ReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] xlsx(AnnualReport report, String title, Locale locale) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SheetWriter w = new SheetWriter(workbook, messages, locale);
			text(w, report, title);
			table2(w, report.figures().table2());
			table3(w, report.figures().table3());
			table4(w, report.figures().table4().blocks());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void text(SheetWriter w, AnnualReport report, String title) {
		Sheet sheet = w.sheet("annualreport.xlsx.sheet.text", 100);
		ReportText text = ReportText.of(report.sections());
		int r = 0;
		w.put(sheet, r++, 0, title, w.title);
		w.put(sheet, r++, 0, w.msg("annualreport.basis", report.year()), w.paragraph);
		r = section(w, sheet, r, "annualreport.section.1", text.overview());
		for (int t = 2; t <= 4; t++) {
			w.put(sheet, r++, 0, w.msg("annualreport.section." + t) + " — "
					+ w.msg("annualreport.xlsx.seeSheet", w.msg("annualreport.xlsx.sheet.table" + t)), w.header);
		}
		r = section(w, sheet, r, "annualreport.section.5", text.problems());
		section(w, sheet, r, "annualreport.section.6", text.otherMatters());
	}

	private static int section(SheetWriter w, Sheet sheet, int r, String headingKey, List<String> paragraphs) {
		w.put(sheet, r++, 0, w.msg(headingKey), w.header);
		for (String p : paragraphs) {
			w.put(sheet, r++, 0, p, w.paragraph);
		}
		return r;
	}

	/** 表二: four columns, a block per item of Article 20 with its own header row. */
	private static void table2(SheetWriter w, ProactiveTable t) {
		Sheet sheet = w.sheet("annualreport.xlsx.sheet.table2", 24, 18, 18, 18);
		w.merged(sheet, 0, 0, 1, 4, w.msg("annualreport.section.2"), w.title);
		w.merged(sheet, 1, 0, 1, 4, w.msg("annualreport.t2.item1"), w.header);
		w.put(sheet, 2, 0, w.msg("annualreport.t2.content"), w.header);
		w.put(sheet, 2, 1, w.msg("annualreport.t2.issued"), w.header);
		w.put(sheet, 2, 2, w.msg("annualreport.t2.repealed"), w.header);
		w.put(sheet, 2, 3, w.msg("annualreport.t2.inForce"), w.header);
		w.put(sheet, 3, 0, w.msg("annualreport.t2.rules"), w.label);
		w.put(sheet, 3, 1, t.rulesIssued());
		w.put(sheet, 3, 2, t.rulesRepealed());
		w.put(sheet, 3, 3, t.rulesInForce());
		w.put(sheet, 4, 0, w.msg("annualreport.t2.normative"), w.label);
		w.put(sheet, 4, 1, t.normativeIssued());
		w.put(sheet, 4, 2, t.normativeRepealed());
		w.put(sheet, 4, 3, t.normativeInForce());
		int r = block(w, sheet, 5, "annualreport.t2.item5", "annualreport.t2.decisions");
		r = single(w, sheet, r, "annualreport.t2.licensing", t.licensingDecisions());
		r = block(w, sheet, r, "annualreport.t2.item6", "annualreport.t2.decisions");
		r = single(w, sheet, r, "annualreport.t2.penalty", t.penaltyDecisions());
		r = single(w, sheet, r, "annualreport.t2.enforcement", t.enforcementDecisions());
		r = block(w, sheet, r, "annualreport.t2.item8", "annualreport.t2.feeAmount");
		w.put(sheet, r, 0, w.msg("annualreport.t2.fees"), w.label);
		w.merged(sheet, r, 1, 1, 3, null, w.amount).setCellValue(t.feesWanYuan().doubleValue());
	}

	private static int block(SheetWriter w, Sheet sheet, int r, String itemKey, String columnKey) {
		w.merged(sheet, r, 0, 1, 4, w.msg(itemKey), w.header);
		w.put(sheet, r + 1, 0, w.msg("annualreport.t2.content"), w.header);
		w.merged(sheet, r + 1, 1, 1, 3, w.msg(columnKey), w.header);
		return r + 2;
	}

	private static int single(SheetWriter w, Sheet sheet, int r, String labelKey, long value) {
		w.put(sheet, r, 0, w.msg(labelKey), w.label);
		w.merged(sheet, r, 1, 1, 3, null, w.number).setCellValue(value);
		return r + 1;
	}

	/** 表三: three label columns (A–C) and seven applicant columns (D–J) under a three-row merged header. */
	private static void table3(SheetWriter w, RequestTable t) {
		Sheet sheet = w.sheet("annualreport.xlsx.sheet.table3", 8, 12, 40, 11, 11, 11, 11, 11, 11, 11);
		w.merged(sheet, 0, 0, 1, 10, w.msg("annualreport.section.3"), w.title);
		w.merged(sheet, 1, 0, 3, 3, w.msg("annualreport.t3.relation"), w.label);
		w.merged(sheet, 1, 3, 1, 7, w.msg("annualreport.t3.applicants"), w.header);
		w.merged(sheet, 2, 3, 2, 1, w.msg("annualreport.t3.col.naturalPerson"), w.header);
		w.merged(sheet, 2, 4, 1, 5, w.msg("annualreport.t3.legalPersons"), w.header);
		w.merged(sheet, 2, 9, 2, 1, w.msg("annualreport.t3.col.total"), w.header);
		for (int i = 0; i < APPLICANT_ORGS.size(); i++) {
			w.put(sheet, 3, 4 + i, w.msg("annualreport.t3.col." + APPLICANT_ORGS.get(i)), w.header);
		}
		int r = 4;
		for (RequestTableRow row : t.rows()) {
			if (row.opensResults()) {
				w.merged(sheet, r, 0, RequestTable.resultRowCount(), 1, w.msg("annualreport.t3.results"), w.header);
			}
			switch (row.kind()) {
				case ITEM -> w.merged(sheet, r, 0, 1, 3, w.msg(row.labelKey()), w.label);
				case SINGLE -> w.merged(sheet, r, 1, 1, 2, w.msg(row.labelKey()), w.label);
				case LEAF -> {
					if (row.group() != null) {
						w.merged(sheet, r, 1, row.span(), 1, w.msg(row.groupLabelKey()), w.header);
					}
					w.put(sheet, r, 2, w.msg(row.labelKey()), w.label);
				}
			}
			List<Long> values = row.counts().values();
			for (int i = 0; i < values.size(); i++) {
				w.put(sheet, r, 3 + i, values.get(i));
			}
			r++;
		}
	}

	/** 表四: fifteen numbers under 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉). */
	private static void table4(SheetWriter w, List<AppealBlock> blocks) {
		Sheet sheet = w.sheet("annualreport.xlsx.sheet.table4", 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
				10, 10);
		w.merged(sheet, 0, 0, 1, 15, w.msg("annualreport.section.4"), w.title);
		w.merged(sheet, 1, 0, 2, 5, w.msg("annualreport.t4.reconsideration"), w.header);
		w.merged(sheet, 1, 5, 1, 10, w.msg("annualreport.t4.litigation"), w.header);
		w.merged(sheet, 2, 5, 1, 5, w.msg("annualreport.t4.litigationDirect"), w.header);
		w.merged(sheet, 2, 10, 1, 5, w.msg("annualreport.t4.litigationAfterReconsideration"), w.header);
		for (int b = 0; b < blocks.size(); b++) {
			List<Long> values = blocks.get(b).values();
			for (int i = 0; i < APPEAL_RESULTS.size(); i++) {
				w.put(sheet, 3, b * 5 + i, w.msg("annualreport.t4." + APPEAL_RESULTS.get(i)), w.header);
				w.put(sheet, 4, b * 5 + i, values.get(i));
			}
		}
	}
}
