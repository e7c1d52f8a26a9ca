package org.yangguang.disclosure.internal;

import org.yangguang.storage.AttachmentType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an attachment, for search: PDF with PDFBox, Word (.docx) with POI; other types have none. A PDF
 * that PDFBox cannot open at all is damaged and refused; a password-protected one is accepted without text.
 */
public final class AttachmentText {

	/** Longer texts are cut: search needs the words, not every page of a 2,000-page annex. */
	public static final int MAX_CHARS = 500_000;

	/** The outcome: readable (with text, possibly empty) or damaged. */
	public record Extracted(boolean readable, String text) {
	}

	private AttachmentText() {
	}

	public static Extracted extract(AttachmentType type, byte[] content) {
		return switch (type) {
			case PDF -> pdf(content);
			case DOCX -> docx(content);
			default -> new Extracted(true, "");
		};
	}

	private static Extracted pdf(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return new Extracted(true, limit(stripper.getText(document)));
		}
		catch (InvalidPasswordException e) {
			return new Extracted(true, "");
		}
		catch (IOException | RuntimeException e) {
			return new Extracted(false, "");
		}
	}

	private static Extracted docx(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return new Extracted(true, limit(extractor.getText()));
		}
		catch (IOException | RuntimeException e) {
			return new Extracted(false, "");
		}
	}

	private static String limit(String text) {
		String t = Optional.ofNullable(text).orElse("").replace('\u0000', ' ').strip();
		return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
	}
}
