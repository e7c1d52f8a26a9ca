package org.yangguang.audit;

import java.time.OffsetDateTime;

/**
 * One link of the audit chain: who ({@code actor}), when, from where ({@code ip}), what ({@code action} on a
 * subject), the state before and after, and why. {@code hash} covers all of it and {@code previousHash}.
 */
public record AuditEntry(long seq, OffsetDateTime occurredAt, String actor, String ip, String action,
		String subjectType, String subjectId, String before, String after, String reason, String previousHash,
		String hash) {

	public AuditEntry withHash(String newHash) {
		return new AuditEntry(seq, occurredAt, actor, ip, action, subjectType, subjectId, before, after, reason,
				previousHash, newHash);
	}
}
