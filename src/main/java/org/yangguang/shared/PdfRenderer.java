package org.yangguang.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders well-formed XHTML to PDF with the shipped CJK font (Droid Sans Fallback, embedded as a subset), so
 * reply letters and reports print the same on any machine. Templates use {@link #FONT_STACK}.
 */
public final class PdfRenderer {

	public static final String FONT_FAMILY = "Yangguang CJK";
	/** The CSS font-family value for PDF templates: Latin letters and digits first, then CJK. */
	public static final String FONT_STACK = "\"Yangguang Latin\", \"Yangguang CJK\"";
	private static final String LATIN_FAMILY = "Yangguang Latin";
	private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";
	private static final String LATIN = "/fonts/DejaVuSans.ttf";
	private static final String LATIN_BOLD = "/fonts/DejaVuSans-Bold.ttf";

	static {
		XRLog.setLoggerImpl(new PdfRendererLog());
	}

	private PdfRenderer() {
	}

	/** @param xhtml a complete XHTML document (Thymeleaf output of an HTML template is fine) */
	public static byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> PdfRenderer.class.getResourceAsStream(LATIN), LATIN_FAMILY, 400,
					BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> PdfRenderer.class.getResourceAsStream(LATIN_BOLD), LATIN_FAMILY, 700,
					BaseRendererBuilder.FontStyle.NORMAL, true);
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
