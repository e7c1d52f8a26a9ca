package org.yangguang.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders well-formed XHTML to PDF with the shipped CJK font (Droid Sans Fallback, embedded as a subset), so
 * reply letters and reports print the same on any machine. Templates use {@code font-family: "Yangguang CJK"}.
 */
public final class PdfRenderer {

	public static final String FONT_FAMILY = "Yangguang CJK";
	private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

	private PdfRenderer() {
	}

	/** @param xhtml a complete XHTML document (Thymeleaf output of an HTML template is fine) */
	public static byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), FONT_FAMILY);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
