package org.yangguang.annualreport.internal;

import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.context.MessageSource;

/** Cell styles and cell writing shared by the sheets of one report workbook; labels come from the bundles. */
final class SheetWriter {

	final CellStyle title;
	final CellStyle header;
	final CellStyle label;
	final CellStyle number;
	final CellStyle amount;
	final CellStyle paragraph;

	private final Workbook workbook;
	private final MessageSource messages;
	private final Locale locale;

	SheetWriter(Workbook workbook, MessageSource messages, Locale locale) {
		this.workbook = workbook;
		this.messages = messages;
		this.locale = locale;
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		this.title = workbook.createCellStyle();
		title.setFont(big);
		title.setAlignment(HorizontalAlignment.CENTER);
		title.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header = bordered(HorizontalAlignment.CENTER);
		header.setFont(bold);
		this.label = bordered(HorizontalAlignment.LEFT);
		this.number = bordered(HorizontalAlignment.CENTER);
		this.amount = bordered(HorizontalAlignment.CENTER);
		amount.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
		this.paragraph = workbook.createCellStyle();
		paragraph.setWrapText(true);
		paragraph.setVerticalAlignment(VerticalAlignment.TOP);
	}

	Sheet sheet(String nameKey, int... columnWidths) {
		Sheet sheet = workbook.createSheet(msg(nameKey));
		for (int c = 0; c < columnWidths.length; c++) {
			sheet.setColumnWidth(c, columnWidths[c] * 256);
		}
		return sheet;
	}

	/** Merges {@code rows} × {@code cols} cells from (r, c), styles all of them, writes {@code text} in the first. */
	Cell merged(Sheet sheet, int r, int c, int rows, int cols, String text, CellStyle style) {
		for (int i = r; i < r + rows; i++) {
			for (int j = c; j < c + cols; j++) {
				cell(sheet, i, j, style);
			}
		}
		if (rows > 1 || cols > 1) {
			sheet.addMergedRegion(new CellRangeAddress(r, r + rows - 1, c, c + cols - 1));
		}
		Cell first = cell(sheet, r, c, style);
		if (text != null) {
			first.setCellValue(text);
		}
		return first;
	}

	void put(Sheet sheet, int r, int c, String text, CellStyle style) {
		cell(sheet, r, c, style).setCellValue(text);
	}

	void put(Sheet sheet, int r, int c, long value) {
		cell(sheet, r, c, number).setCellValue(value);
	}

	Cell cell(Sheet sheet, int r, int c, CellStyle style) {
		Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
		Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
		cell.setCellStyle(style);
		return cell;
	}

	String msg(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private CellStyle bordered(HorizontalAlignment alignment) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		return style;
	}
}
