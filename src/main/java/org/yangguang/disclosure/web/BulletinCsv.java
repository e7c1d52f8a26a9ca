package org.yangguang.disclosure.web;

import org.yangguang.disclosure.Bulletin;
import org.yangguang.organisation.Organisation;

/** A village bulletin as CSV (RFC 4180), only ever from the masked bulletin. */
final class BulletinCsv {

	private BulletinCsv() {
	}

	static String render(Organisation village, Bulletin masked) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		row(csv, "村（社区）", village.name());
		row(csv, "标题", masked.title());
		row(csv, "公开期间", masked.periodLabel());
		row(csv, "公开日期", String.valueOf(masked.publishedOn()));
		csv.append("\r\n");
		row(csv, "收支", "项目", "金额（元）", "备注");
		for (Bulletin.FinanceLine f : masked.finances()) {
			row(csv, f.income() ? "收入" : "支出", f.item(), f.amountYuan().toPlainString(), f.remark());
		}
		csv.append("\r\n");
		row(csv, "户主", "身份证号", "联系电话", "补贴项目", "金额（元）", "备注");
		for (Bulletin.PaymentLine p : masked.payments()) {
			row(csv, p.householdHead(), p.idNumber(), p.phone(), p.subsidy(), p.amountYuan().toPlainString(),
					p.remark());
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	/** Quoted when needed; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String v = value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}
}
