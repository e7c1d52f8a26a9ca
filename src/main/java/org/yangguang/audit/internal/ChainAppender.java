package org.yangguang.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.audit.AuditEntry;

/**
 * Adds one entry at the end of the chain under the head lock. Joins the caller's transaction (so the entry
 * commits or rolls back with the change it describes); starts its own when there is none, or when the caller's
 * is read-only (auditing a read must not fail because the read was in a read-only transaction).
 */
@Component
public class ChainAppender {

	private final AuditEntries entries;
	private final Clock clock;
	private final TransactionTemplate joinOrStart;
	private final TransactionTemplate ownTransaction;

	ChainAppender(AuditEntries entries, Clock clock, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.clock = clock;
		this.joinOrStart = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void append(String action, String subjectType, String subjectId, String before, String after,
			String reason) {
		requireText(action, "action");
		requireText(subjectType, "subjectType");
		String actor = ColumnText.fit(RequestOrigin.actor(), ColumnText.SHORT);
		String ip = ColumnText.fit(RequestOrigin.clientIp(), ColumnText.ADDRESS);
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS),
				clock.getZone());
		TransactionTemplate transaction = TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				? ownTransaction : joinOrStart;
		transaction.executeWithoutResult(status -> {
			ChainHead head = entries.lockHead();
			AuditEntry entry = new AuditEntry(head.lastSeq() + 1, now, actor, ip, action, subjectType,
					ColumnText.fit(subjectId, ColumnText.SHORT), ColumnText.fit(before, ColumnText.STATE),
					ColumnText.fit(after, ColumnText.STATE), ColumnText.fit(reason, ColumnText.REASON),
					head.lastHash(), null);
			entries.append(entry.withHash(ChainHash.of(entry)));
		});
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank() || value.length() > ColumnText.SHORT) {
			throw new IllegalArgumentException(name + " must be 1 to " + ColumnText.SHORT + " characters");
		}
	}
}
