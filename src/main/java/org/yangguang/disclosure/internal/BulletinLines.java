package org.yangguang.disclosure.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.yangguang.shared.ResidentIdNumber;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.Bulletin;

/**
 * Reads the lines of a bulletin as staff paste them from a spreadsheet: one line per row, cells separated by a
 * tab or "|". Finances: 收入/支出 | item | amount | remark. Payments: household head | ID number | phone | subsidy |
 * amount | remark. A bad line is reported with its number.
 */
public final class BulletinLines {

	public static final int MAX_LINES = 2000;

	private BulletinLines() {
	}

	public static List<Bulletin.FinanceLine> finances(String text) {
		List<Bulletin.FinanceLine> lines = new ArrayList<>();
		int no = 0;
		for (String raw : rows(text, "finances")) {
			no++;
			String[] cells = cells(raw);
			if (cells.length < 3) {
				throw RuleViolationException.onField("finances", "disclosure.bulletin.error.financeLine", no);
			}
			Boolean income = switch (cells[0]) {
				case "收入", "income", "Income" -> true;
				case "支出", "expense", "Expense" -> false;
				default -> null;
			};
			if (income == null) {
				throw RuleViolationException.onField("finances", "disclosure.bulletin.error.direction", no);
			}
			String item = cell("finances", cells[1], 200, no);
			lines.add(new Bulletin.FinanceLine(no, income, item, amount("finances", cells[2], no),
					cells.length > 3 ? optional("finances", cells[3], 500, no) : null));
		}
		return lines;
	}

	public static List<Bulletin.PaymentLine> payments(String text) {
		List<Bulletin.PaymentLine> lines = new ArrayList<>();
		int no = 0;
		for (String raw : rows(text, "payments")) {
			no++;
			String[] cells = cells(raw);
			if (cells.length < 5) {
				throw RuleViolationException.onField("payments", "disclosure.bulletin.error.paymentLine", no);
			}
			String head = cell("payments", cells[0], 60, no);
			String id = optional("payments", cells[1], 18, no);
			if (id != null && !ResidentIdNumber.isValid(id)) {
				throw RuleViolationException.onField("payments", "disclosure.bulletin.error.idNumber", no);
			}
			String phone = optional("payments", cells[2], 20, no);
			if (phone != null && !phone.matches("[0-9+\\-]{7,20}")) {
				throw RuleViolationException.onField("payments", "disclosure.bulletin.error.phone", no);
			}
			lines.add(new Bulletin.PaymentLine(no, head, id == null ? null : id.toUpperCase(java.util.Locale.ROOT),
					phone, cell("payments", cells[3], 100, no), amount("payments", cells[4], no),
					cells.length > 5 ? optional("payments", cells[5], 500, no) : null));
		}
		return lines;
	}

	private static List<String> rows(String text, String field) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> rows = text.strip().lines().filter(l -> !l.isBlank()).toList();
		if (rows.size() > MAX_LINES) {
			throw RuleViolationException.onField(field, "disclosure.bulletin.error.tooManyLines", MAX_LINES);
		}
		return rows;
	}

	private static String[] cells(String row) {
		String[] cells = row.split("\\t|\\|", -1);
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].strip();
		}
		return cells;
	}

	private static String cell(String field, String value, int max, int no) {
		String v = optional(field, value, max, no);
		if (v == null) {
			throw RuleViolationException.onField(field, "disclosure.bulletin.error.emptyCell", no);
		}
		return v;
	}

	private static String optional(String field, String value, int max, int no) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > max) {
			throw RuleViolationException.onField(field, "disclosure.bulletin.error.cellTooLong", no, max);
		}
		return value;
	}

	private static BigDecimal amount(String field, String value, int no) {
		try {
			BigDecimal amount = new BigDecimal(value.replace(",", "").replace("，", ""));
			if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 14) {
				throw new NumberFormatException();
			}
			return amount.setScale(2);
		}
		catch (NumberFormatException e) {
			throw RuleViolationException.onField(field, "disclosure.bulletin.error.amount", no);
		}
	}
}
