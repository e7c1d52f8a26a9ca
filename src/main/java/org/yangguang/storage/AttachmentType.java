package org.yangguang.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The attachment types the portal accepts, recognised by their content (magic bytes), never by the file name
 * alone: the name's extension must also match what the content is, so a renamed executable is refused.
 */
public enum AttachmentType {
	PDF("application/pdf", Set.of("pdf")),
	PNG("image/png", Set.of("png")),
	JPEG("image/jpeg", Set.of("jpg", "jpeg")),
	GIF("image/gif", Set.of("gif")),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx")),
	/** Word 97–2003, Excel 97–2003, PowerPoint 97–2003 and WPS: OLE2 compound files. */
	OLE2("application/x-ole-storage", Set.of("doc", "xls", "ppt", "wps", "et", "dps"));

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] GIF87 = "GIF87a".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	private static final byte[] GIF89 = "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private final String mediaType;
	private final Set<String> extensions;

	AttachmentType(String mediaType, Set<String> extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	/** The lower-case name, as forms, JSON and SQL carry it. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The media type sent with downloads; legacy Office files get the one their extension implies. */
	public String mediaType(String fileName) {
		if (this != OLE2) {
			return mediaType;
		}
		return switch (extension(fileName)) {
			case "doc", "wps" -> "application/msword";
			case "xls", "et" -> "application/vnd.ms-excel";
			case "ppt", "dps" -> "application/vnd.ms-powerpoint";
			default -> mediaType;
		};
	}

	public Set<String> extensions() {
		return extensions;
	}

	/** What the content is, judged from its first bytes (and, for ZIP, the Office part names). */
	public static Optional<AttachmentType> detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
			return Optional.of(GIF);
		}
		if (startsWith(content, OLE2_MAGIC)) {
			return Optional.of(OLE2);
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return officeOpenXml(content);
		}
		return Optional.empty();
	}

	/** The lower-case extension of a file name, or "". */
	public static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static Optional<AttachmentType> officeOpenXml(byte[] content) {
		boolean contentTypes = false;
		AttachmentType found = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 2000) {
				String name = entry.getName();
				if (name.equals("[Content_Types].xml")) {
					contentTypes = true;
				}
				else if (name.startsWith("word/")) {
					found = DOCX;
				}
				else if (name.startsWith("xl/")) {
					found = XLSX;
				}
				else if (name.startsWith("ppt/")) {
					found = PPTX;
				}
				if (contentTypes && found != null) {
					return Optional.of(found);
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
