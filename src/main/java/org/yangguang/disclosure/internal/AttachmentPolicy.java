package org.yangguang.disclosure.internal;

import java.text.Normalizer;

import org.yangguang.storage.AttachmentType;
import org.yangguang.shared.RuleViolationException;

/**
 * What an attachment must be: a file name, not empty, not larger than the limit, one of the accepted
 * {@link AttachmentType}s by its content, with an extension that matches that content, and readable (a damaged
 * PDF is refused). Problems are reported on the field {@code file}.
 */
public final class AttachmentPolicy {

	public static final int MAX_NAME = 200;

	/** An accepted attachment: its clean name, type, media type and extracted text. */
	public record Accepted(String fileName, AttachmentType type, String mediaType, String text) {
	}

	private final long maxBytes;

	public AttachmentPolicy(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public Accepted check(String originalName, byte[] content) {
		String name = cleanName(originalName);
		if (name.isEmpty()) {
			throw RuleViolationException.onField("file", "disclosure.attachment.error.name");
		}
		if (content == null || content.length == 0) {
			throw RuleViolationException.onField("file", "disclosure.attachment.error.empty");
		}
		if (content.length > maxBytes) {
			throw RuleViolationException.onField("file", "disclosure.attachment.error.tooLarge",
					maxBytes / (1024 * 1024));
		}
		AttachmentType type = AttachmentType.detect(content).orElseThrow(
				() -> RuleViolationException.onField("file", "disclosure.attachment.error.type", name));
		String extension = AttachmentType.extension(name);
		if (!type.extensions().contains(extension)) {
			throw RuleViolationException.onField("file", "disclosure.attachment.error.extension", name,
					String.join("、", type.extensions()));
		}
		AttachmentText.Extracted text = AttachmentText.extract(type, content);
		if (!text.readable()) {
			throw RuleViolationException.onField("file", "disclosure.attachment.error.damaged", name);
		}
		return new Accepted(name, type, type.mediaType(name), text.text());
	}

	/** The last path segment, without control characters, at most {@value #MAX_NAME} characters (keeping the extension). */
	static String cleanName(String original) {
		if (original == null) {
			return "";
		}
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		if (name.startsWith(".")) {
			name = name.replaceFirst("^\\.+", "");
		}
		if (name.length() > MAX_NAME) {
			String ext = AttachmentType.extension(name);
			int keep = MAX_NAME - ext.length() - 1;
			name = name.substring(0, keep) + "." + ext;
		}
		return name;
	}
}
