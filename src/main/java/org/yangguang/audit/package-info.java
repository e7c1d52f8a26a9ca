/**
 * 审计 — the append-only audit trail: every change and every read of personal data is one entry, chained to the
 * previous one by a SHA-256 hash, so that an altered or deleted entry breaks the chain and the verification says
 * where.
 * <p>
 * Public API: {@link org.yangguang.audit.AuditLog} (record an entry within the caller's transaction, find, verify) with the
 * records {@link org.yangguang.audit.AuditEntry}, {@link org.yangguang.audit.AuditQuery},
 * {@link org.yangguang.audit.AuditPage} and {@link org.yangguang.audit.ChainVerification}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.yangguang.audit;
