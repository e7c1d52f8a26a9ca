package org.yangguang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yangguang.audit.internal.ChainHash;
import org.yangguang.support.IntegrationTest;

@IntegrationTest
class AppendedEntriesFormAChain {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void eachEntryCarriesTheHashOfTheOneBeforeIt() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		mine.append(3);

		List<AuditEntry> entries = mine.entries();
		assertThat(entries).hasSize(3);
		for (AuditEntry entry : entries) {
			String previous = entry.seq() == 1 ? ChainHash.GENESIS : mine.storedHash(entry.seq() - 1);
			assertThat(entry.previousHash()).isEqualTo(previous);
			assertThat(entry.hash()).isEqualTo(ChainHash.of(entry)).isEqualTo(mine.storedHash(entry.seq()));
		}
		assertThat(auditLog.verify().valid()).isTrue();
	}

	@Test
	void anEntryOutsideAnyRequestRecordsTheSystemAsActorAndNoAddress() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		OffsetDateTime before = OffsetDateTime.now(clock).minus(Duration.ofMillis(1));
		mine.append(1);
		AuditEntry entry = mine.entries().get(0);

		assertThat(entry.actor()).isEqualTo("system");
		assertThat(entry.ip()).isNull();
		assertThat(entry.action()).isEqualTo("audit-test.changed");
		assertThat(entry.subjectType()).isEqualTo(TestEntries.SUBJECT_TYPE);
		assertThat(entry.subjectId()).isEqualTo(mine.subjectId);
		assertThat(entry.before()).isEqualTo("{\"step\":0}");
		assertThat(entry.after()).isEqualTo("{\"step\":1}");
		assertThat(entry.reason()).isEqualTo("测试第 1 步");
		assertThat(entry.occurredAt()).isAfter(before).isBeforeOrEqualTo(OffsetDateTime.now(clock));
		assertThat(entry.occurredAt().getOffset())
			.isEqualTo(clock.getZone().getRules().getOffset(entry.occurredAt().toInstant()));
	}

	@Test
	void anIntactChainReportsEveryEntryUpToItsHead() {
		new TestEntries(auditLog, jdbc).append(2);
		long head = jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1").query(Long.class).single();

		ChainVerification verification = auditLog.verify();

		assertThat(verification.valid()).isTrue();
		assertThat(verification.brokenAt()).isNull();
		assertThat(verification.reason()).isNull();
		assertThat(verification.entries()).isGreaterThanOrEqualTo(head);
	}
}
