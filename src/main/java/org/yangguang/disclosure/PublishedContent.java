package org.yangguang.disclosure;

/**
 * The canonical content of a published version: exactly the bytes its SHA-256 was computed over.
 *
 * @param sha256 the hash recorded for the version when it was published
 */
public record PublishedContent(long documentId, int versionNo, String sha256, byte[] content) {

	/** The download's file name, e.g. {@code 42-v2.html}. */
	public String fileName() {
		return documentId + "-v" + versionNo + ".html";
	}
}
