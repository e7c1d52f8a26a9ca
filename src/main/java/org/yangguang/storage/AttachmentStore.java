package org.yangguang.storage;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * 附件存储 — content-addressed, write-once storage. {@link #put} stores bytes under their SHA-256 digest and
 * returns it; storing the same bytes again is a no-op. Nothing is ever overwritten or deleted, so a digest
 * recorded with a published version always finds the same bytes.
 * <p>
 * Writes are not part of the database transaction: content stored by a transaction that then rolls back stays
 * in the store unreferenced, which is harmless (it is never listed) and lets a retry reuse it.
 */
public interface AttachmentStore {

	/** Stores {@code content} (idempotent) and returns its digest and size. */
	StoredBlob put(byte[] content);

	/** True if content with this digest is stored. */
	boolean contains(String sha256);

	/**
	 * The stored bytes, verified against their digest.
	 *
	 * @throws org.yangguang.shared.NotFoundException when nothing is stored under the digest
	 * @throws IllegalStateException                  when the stored file no longer matches its digest
	 */
	byte[] read(String sha256);

	/** A stream over the stored bytes (not verified: for large downloads); the caller closes it. */
	InputStream open(String sha256);

	/** The SHA-256 digest of {@code content} as 64 lower-case hex digits. */
	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", e);
		}
	}
}
