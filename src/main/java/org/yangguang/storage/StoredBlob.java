package org.yangguang.storage;

import java.util.regex.Pattern;

/**
 * Content kept by the {@link AttachmentStore}: its SHA-256 digest (64 lower-case hex digits), which is also its
 * address, and its size in bytes.
 */
public record StoredBlob(String sha256, long size) {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

	public StoredBlob {
		if (!isDigest(sha256)) {
			throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
		}
		if (size < 0) {
			throw new IllegalArgumentException("negative size");
		}
	}

	/** True for 64 lower-case hexadecimal digits. */
	public static boolean isDigest(String value) {
		return value != null && DIGEST.matcher(value).matches();
	}
}
