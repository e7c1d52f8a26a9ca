package org.yangguang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.audit.AuditEntry;
import org.yangguang.audit.ChainVerification;

class ChainVerifierTests {

	private static final OffsetDateTime START = OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

	/** The stored chain, in memory: a list of entries and a head. */
	private static final class StoredChain extends AuditEntries {

		final List<AuditEntry> rows = new ArrayList<>();
		ChainHead head = new ChainHead(0, ChainHash.GENESIS);
		int chunksRead;

		StoredChain(int length) {
			super(null, Clock.systemUTC());
			for (int i = 0; i < length; i++) {
				AuditEntry entry = new AuditEntry(head.lastSeq() + 1, START.plusSeconds(i), "clerk", "10.0.0.1",
						"test.changed", "test", Integer.toString(i), null, "{}", null, head.lastHash(), null);
				entry = entry.withHash(ChainHash.of(entry));
				rows.add(entry);
				head = new ChainHead(entry.seq(), entry.hash());
			}
		}

		@Override
		ChainHead head() {
			return head;
		}

		@Override
		List<AuditEntry> chunk(long afterSeq, long lastSeq, int limit) {
			chunksRead++;
			return rows.stream().filter(e -> e.seq() > afterSeq && e.seq() <= lastSeq).limit(limit).toList();
		}

		void remove(long seq) {
			rows.removeIf(e -> e.seq() == seq);
		}
	}

	@Test
	void aLongChainIsReadInChunksAndFoundIntact() {
		StoredChain chain = new StoredChain(1201);

		assertThat(new ChainVerifier(chain).verify()).isEqualTo(ChainVerification.intact(1201));
		assertThat(chain.chunksRead).isEqualTo(4);
	}

	@Test
	void anEmptyChainIsIntact() {
		assertThat(new ChainVerifier(new StoredChain(0)).verify()).isEqualTo(ChainVerification.intact(0));
	}

	@Test
	void deletingTheFirstEntryIsFoundAtOne() {
		StoredChain chain = new StoredChain(5);
		chain.remove(1);

		assertThat(new ChainVerifier(chain).verify()).isEqualTo(ChainVerification.broken(4, 1, "entry-missing"));
	}

	@Test
	void deletingTheLastEntryIsFoundAgainstTheHead() {
		StoredChain chain = new StoredChain(5);
		chain.remove(5);

		assertThat(new ChainVerifier(chain).verify()).isEqualTo(ChainVerification.broken(4, 5, "entry-missing"));
	}

	@Test
	void replacingTheLastEntryWithARehashedOneIsFoundAgainstTheHead() {
		StoredChain chain = new StoredChain(5);
		AuditEntry last = chain.rows.remove(4);
		AuditEntry forged = new AuditEntry(last.seq(), last.occurredAt(), "admin", last.ip(), last.action(),
				last.subjectType(), last.subjectId(), last.before(), last.after(), last.reason(), last.previousHash(),
				null);
		chain.rows.add(forged.withHash(ChainHash.of(forged)));

		assertThat(new ChainVerifier(chain).verify()).isEqualTo(ChainVerification.broken(5, 5, "head-mismatch"));
	}

	@Test
	void onlyTheFirstBreakIsReportedButEveryEntryIsCounted() {
		StoredChain chain = new StoredChain(10);
		chain.remove(3);
		chain.remove(7);

		assertThat(new ChainVerifier(chain).verify()).isEqualTo(ChainVerification.broken(8, 3, "entry-missing"));
	}

	@Test
	void entriesAppendedAfterTheWalkBeganAreLeftForTheNextWalk() {
		StoredChain chain = new StoredChain(3);
		ChainHead headWhenWalkBegins = chain.head;
		StoredChain longer = new StoredChain(6);
		longer.head = headWhenWalkBegins;

		assertThat(new ChainVerifier(longer).verify()).isEqualTo(ChainVerification.intact(3));
	}
}
