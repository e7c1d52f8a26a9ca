package org.yangguang.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.yangguang.audit.AuditEntry;

/**
 * The hash that links an entry to the one before it: SHA-256, as lower-case hex, of the entry's canonical form.
 * <p>
 * Canonical form: the version tag {@code audit-v1}, then previous hash, sequence number, time in epoch
 * milliseconds, actor, ip, action, subject type, subject id, before, after and reason, each written as
 * {@code <UTF-8 byte length>:<value>} (or {@code ~} for null) and followed by {@code |}. Length prefixes make
 * the form unambiguous whatever the values contain; the stored {@code hash} itself is not part of it.
 */
public final class ChainHash {

	/** The "previous hash" of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private static final String VERSION = "audit-v1|";

	private ChainHash() {
	}

	public static String of(AuditEntry entry) {
		return sha256(canonicalForm(entry));
	}

	static String canonicalForm(AuditEntry entry) {
		StringBuilder form = new StringBuilder(VERSION);
		field(form, entry.previousHash());
		field(form, Long.toString(entry.seq()));
		field(form, Long.toString(entry.occurredAt().toInstant().toEpochMilli()));
		field(form, entry.actor());
		field(form, entry.ip());
		field(form, entry.action());
		field(form, entry.subjectType());
		field(form, entry.subjectId());
		field(form, entry.before());
		field(form, entry.after());
		field(form, entry.reason());
		return form.toString();
	}

	private static void field(StringBuilder form, String value) {
		if (value == null) {
			form.append('~');
		}
		else {
			form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
		form.append('|');
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", e);
		}
	}
}
