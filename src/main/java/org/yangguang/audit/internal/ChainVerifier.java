package org.yangguang.audit.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.yangguang.audit.AuditEntry;
import org.yangguang.audit.ChainVerification;

/**
 * Walks the chain from the first entry to the head as it was when the walk began, a chunk at a time, and
 * recomputes every link. Entries appended during the walk are left for the next one.
 */
@Component
public class ChainVerifier {

	/** An entry's stored content no longer gives its stored hash. */
	static final String CONTENT_ALTERED = "content-altered";
	/** An entry's previous hash is not the hash of the entry before it. */
	static final String LINK_BROKEN = "link-broken";
	/** A sequence number is missing: an entry was deleted. */
	static final String ENTRY_MISSING = "entry-missing";
	/** The last entry is not the one the chain head records. */
	static final String HEAD_MISMATCH = "head-mismatch";

	private static final int CHUNK = 500;

	private final AuditEntries entries;

	ChainVerifier(AuditEntries entries) {
		this.entries = entries;
	}

	public ChainVerification verify() {
		ChainHead head = entries.head();
		Walk walk = new Walk();
		List<AuditEntry> chunk = entries.chunk(0, head.lastSeq(), CHUNK);
		while (!chunk.isEmpty()) {
			chunk.forEach(walk::step);
			chunk = entries.chunk(walk.lastSeq, head.lastSeq(), CHUNK);
		}
		walk.end(head);
		return walk.result();
	}

	/** The state of one walk: where it is, how many entries it saw, and the first break found. */
	private static final class Walk {

		private long lastSeq;
		private String lastHash = ChainHash.GENESIS;
		private long count;
		private Long brokenAt;
		private String reason;

		void step(AuditEntry entry) {
			count++;
			if (entry.seq() != lastSeq + 1) {
				breakAt(lastSeq + 1, ENTRY_MISSING);
			}
			else if (!entry.previousHash().equals(lastHash)) {
				breakAt(entry.seq(), LINK_BROKEN);
			}
			else if (!ChainHash.of(entry).equals(entry.hash())) {
				breakAt(entry.seq(), CONTENT_ALTERED);
			}
			lastSeq = entry.seq();
			lastHash = entry.hash();
		}

		void end(ChainHead head) {
			if (lastSeq < head.lastSeq()) {
				breakAt(lastSeq + 1, ENTRY_MISSING);
			}
			else if (!lastHash.equals(head.lastHash())) {
				breakAt(head.lastSeq(), HEAD_MISMATCH);
			}
		}

		private void breakAt(long seq, String why) {
			if (brokenAt == null) {
				brokenAt = seq;
				reason = why;
			}
		}

		ChainVerification result() {
			return brokenAt == null ? ChainVerification.intact(count)
					: ChainVerification.broken(count, brokenAt, reason);
		}
	}
}
