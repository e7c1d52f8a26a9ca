package org.yangguang.disclosure;

import java.time.Instant;
import org.yangguang.storage.AttachmentType;

/** An attachment of a version (附件): name, type and size as shown, and the SHA-256 that addresses its bytes. */
public record AttachmentRecord(long id, long versionId, String sha256, String fileName, String mediaType,
		long sizeBytes, int sortOrder, Instant createdAt) {

	/** The type's short name for the page, e.g. PDF, DOCX. */
	public String typeLabel() {
		String ext = AttachmentType.extension(fileName);
		return ext.isEmpty() ? mediaType : ext.toUpperCase(java.util.Locale.ROOT);
	}

	/** Human size: 12.3 KB, 4.5 MB. */
	public String sizeLabel() {
		if (sizeBytes < 1024) {
			return sizeBytes + " B";
		}
		if (sizeBytes < 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f KB", sizeBytes / 1024.0);
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}
}
