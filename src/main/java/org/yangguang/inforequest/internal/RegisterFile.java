package org.yangguang.inforequest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yangguang.inforequest.ImportProblem;
import org.yangguang.inforequest.ImportRecord;
import org.yangguang.inforequest.ImportRejected;

/**
 * Reads an uploaded register (XLSX, first sheet; or CSV in UTF-8) into import records. The first row names the
 * columns, by their API name ({@code agency}, {@code applicantType}…) or their Chinese heading (机关代码, 申请人类型…);
 * each record keeps its spreadsheet row number (the heading is row 1).
 */
public final class RegisterFile {

	/** Column → accepted headings. */
	static final Map<String, List<String>> COLUMNS = Map.ofEntries(
			Map.entry("agency", List.of("agency", "机关代码", "机构代码", "办理机关代码")),
			Map.entry("applicantType", List.of("applicanttype", "申请人类型")),
			Map.entry("receivedOn", List.of("receivedon", "收到日期", "收到申请日期", "受理日期")),
			Map.entry("channel", List.of("channel", "申请方式")),
			Map.entry("outcome", List.of("outcome", "办理结果")),
			Map.entry("decidedOn", List.of("decidedon", "办结日期", "答复日期")),
			Map.entry("trackingNo", List.of("trackingno", "受理编号")),
			Map.entry("applicantName", List.of("applicantname", "申请人")),
			Map.entry("title", List.of("title", "信息名称", "申请公开信息名称")),
			Map.entry("docNo", List.of("docno", "文号")),
			Map.entry("description", List.of("description", "内容描述", "所需信息描述")));

	/** The template offered for download: the headings and one example row. */
	public static final String CSV_TEMPLATE = """
			agency,applicantType,receivedOn,channel,outcome,decidedOn,trackingNo,applicantName,title,docNo,description
			520329-JYJ,natural_person,2025-03-18,in_person,granted,2025-04-02,,张某,2025年义务教育阶段招生计划,,
			""";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private RegisterFile() {
	}

	public static List<ImportRecord> read(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return xlsx(content);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return csv(new String(content, StandardCharsets.UTF_8));
		}
		throw rejected(0, "inforequest.import.fileType");
	}

	static List<ImportRecord> csv(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<List<String>> rows = CsvLines.parse(body);
		if (rows.isEmpty()) {
			throw rejected(0, "inforequest.import.empty");
		}
		Map<String, Integer> columns = header(rows.get(0));
		List<ImportRecord> records = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> cells = rows.get(i);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			records.add(record(i + 1, column -> {
				Integer index = columns.get(column);
				return index == null || index >= cells.size() ? null : cells.get(index);
			}));
		}
		return records;
	}

	static List<ImportRecord> xlsx(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row head = sheet.getRow(sheet.getFirstRowNum());
			if (head == null) {
				throw rejected(0, "inforequest.import.empty");
			}
			List<String> headings = new ArrayList<>();
			for (int c = 0; c < head.getLastCellNum(); c++) {
				headings.add(text(head.getCell(c)));
			}
			Map<String, Integer> columns = header(headings);
			List<ImportRecord> records = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new HashMap<>();
				columns.forEach((column, index) -> values.put(column, text(row.getCell(index))));
				if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
					continue;
				}
				records.add(record(r + 1, values::get));
			}
			return records;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof ImportRejected rejected) {
				throw rejected;
			}
			throw rejected(0, "inforequest.import.unreadable");
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
			return date.format(ISO);
		}
		return new DataFormatter(Locale.ROOT).formatCellValue(cell).strip();
	}

	private static Map<String, Integer> header(List<String> headings) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < headings.size(); i++) {
			String heading = headings.get(i) == null ? "" : headings.get(i).strip().toLowerCase(Locale.ROOT);
			for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
				if (column.getValue().contains(heading)) {
					columns.putIfAbsent(column.getKey(), i);
				}
			}
		}
		for (String required : List.of("agency", "applicantType", "receivedOn", "channel")) {
			if (!columns.containsKey(required)) {
				throw rejected(1, "inforequest.import.columnMissing", required);
			}
		}
		return columns;
	}

	private static ImportRecord record(int row, java.util.function.Function<String, String> value) {
		return new ImportRecord(row, value.apply("agency"), value.apply("applicantType"), value.apply("receivedOn"),
				value.apply("channel"), value.apply("outcome"), value.apply("decidedOn"), value.apply("trackingNo"),
				value.apply("applicantName"), value.apply("title"), value.apply("docNo"), value.apply("description"));
	}

	private static ImportRejected rejected(int row, String key, Object... args) {
		return new ImportRejected(List.of(new ImportProblem(row, null, key, List.of(args))));
	}
}
