package org.yangguang.disclosure.internal;

import org.yangguang.storage.AttachmentType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The texts of the demo documents that are not pieces of the seed corpus ({@code demo/disclosure/*.txt}). */
final class DemoTexts {

	static final String INTERPRETATION = read("interpretation.txt");
	static final String CONFIDENTIALITY_REVIEW = read("confidentiality-review.txt");
	static final String PROACTIVE_RULES_V1 = read("proactive-rules-v1.txt");
	static final String PROACTIVE_RULES_V2 = read("proactive-rules-v2.txt");
	static final String OLD_INSPECTION_RULES = read("old-inspection-rules.txt");
	static final String STUDENT_AID_NOTICE = read("student-aid-notice.txt");
	static final String BUDGET = read("budget.txt");

	private DemoTexts() {
	}

	private static String read(String name) {
		try (InputStream in = DemoTexts.class.getResourceAsStream("/demo/disclosure/" + name)) {
			if (in == null) {
				throw new IllegalStateException("demo text missing: " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A one-page PDF budget table (Latin text: the standard PDF fonts have no Chinese). */
	static DemoPublisher.DemoFile budgetPdf(int year) {
		String[] lines = { "Yuqing County Education Bureau - Department Budget " + year,
				"Unit: 10,000 yuan", "Total revenue budget: 48236.50", "General public budget allocation: 46812.30",
				"Other revenue: 1424.20", "Basic expenditure: 39615.80", "Project expenditure: 8620.70",
				"Three public expenses: 12.60", "Government procurement budget: 2860.00" };
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.setLeading(18);
				text.newLineAtOffset(72, 720);
				for (String line : lines) {
					text.showText(line);
					text.newLine();
				}
				text.endText();
			}
			document.save(out);
			byte[] pdf = out.toByteArray();
			return new DemoPublisher.DemoFile(year + "年部门预算表.pdf", AttachmentType.PDF.mediaType("x.pdf"), pdf,
					AttachmentText.extract(AttachmentType.PDF, pdf).text());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
