package org.yangguang.annualreport.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.internal.ReportDocuments;
import org.yangguang.annualreport.internal.ReportWorkbook;

/** The report as a download: PDF or XLSX, named after the report's title. */
@Component
class ReportFiles {

	static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

	private final ReportDocuments documents;
	private final ReportWorkbook workbook;

	ReportFiles(ReportDocuments documents, ReportWorkbook workbook) {
		this.documents = documents;
		this.workbook = workbook;
	}

	ResponseEntity<byte[]> pdf(AnnualReport report, Locale locale) {
		return file(documents.pdf(report, locale), MediaType.APPLICATION_PDF, documents.title(report, locale) + ".pdf");
	}

	ResponseEntity<byte[]> xlsx(AnnualReport report, Locale locale) {
		String title = documents.title(report, locale);
		return file(workbook.xlsx(report, title, locale), XLSX, title + ".xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
