package org.yangguang.audit;

import org.springframework.stereotype.Service;
import org.yangguang.audit.internal.AuditEntries;
import org.yangguang.audit.internal.ChainAppender;
import org.yangguang.audit.internal.ChainVerifier;

/**
 * 审计日志 — append-only, hash-chained record of every state change and every read of personal data.
 * The actor (signed-in username, or "system"/"anonymous") and the client address are taken from the
 * current request and security context; callers say what happened.
 * <p>
 * {@link #record} joins the caller's transaction, so a change that rolls back leaves no entry; outside a
 * transaction (or inside a read-only one, as when auditing a read) it writes in a transaction of its own.
 * Appending locks the head of the chain until that transaction ends: call it as the last step of a change.
 */
@Service
public class AuditLog {

	static final String AUDIT_LOG_SUBJECT = "audit-log";
	static final String AUDIT_LOG_SEARCHED = "audit-log.searched";

	private final ChainAppender appender;
	private final ChainVerifier verifier;
	private final AuditEntries entries;

	AuditLog(ChainAppender appender, ChainVerifier verifier, AuditEntries entries) {
		this.appender = appender;
		this.verifier = verifier;
		this.entries = entries;
	}

	/**
	 * @param action      what happened, dotted lower case, e.g. {@code organisation.renamed}, {@code personal-data.read}
	 * @param subjectType the kind of record, e.g. {@code organisation}
	 * @param subjectId   its id
	 * @param before      state before (JSON or text), null when created
	 * @param after       state after, null when deleted or for reads
	 * @param reason      why, as given by the user; may be null
	 */
	public void record(String action, String subjectType, String subjectId, String before, String after, String reason) {
		appender.append(action, subjectType, subjectId, before, after, reason);
	}

	/** Walks the whole chain in order and reports the first entry that does not hold. */
	public ChainVerification verify() {
		return verifier.verify();
	}

	/**
	 * One page of the entries matching the query, newest first. The log itself holds personal data (addresses,
	 * before/after states), so the search is recorded too, after it ran.
	 */
	public AuditPage find(AuditQuery query, int page, int size) {
		int safePage = Math.max(page, 0);
		int safeSize = Math.min(Math.max(size, 1), AuditPage.MAX_SIZE);
		AuditPage result = AuditPage.of(entries.find(query, (long) safePage * safeSize, safeSize), safePage,
				safeSize, entries.count(query));
		String searched = (query.describe() + " page=" + safePage).strip();
		record(AUDIT_LOG_SEARCHED, AUDIT_LOG_SUBJECT, null, null, searched, null);
		return result;
	}
}
