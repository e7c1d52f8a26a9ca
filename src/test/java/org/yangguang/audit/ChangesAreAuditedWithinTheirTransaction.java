package org.yangguang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.support.IntegrationTest;

@IntegrationTest
class ChangesAreAuditedWithinTheirTransaction {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aChangeThatRollsBackLeavesNoEntryAndAnIntactChain() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			mine.append(2);
			status.setRollbackOnly();
		});

		assertThat(mine.seqs()).isEmpty();
		assertThat(auditLog.verify().valid()).isTrue();
		assertThat(mine.append(1)).hasSize(1);
		assertThat(auditLog.verify().valid()).isTrue();
	}

	@Test
	void aChangeThatCommitsKeepsItsEntries() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		new TransactionTemplate(transactions).executeWithoutResult(status -> mine.append(2));

		assertThat(mine.seqs()).hasSize(2);
	}

	@Test
	void aReadIsAuditedOutsideAnyTransaction() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		auditLog.record("personal-data.read", TestEntries.SUBJECT_TYPE, mine.subjectId, null, null, null);

		assertThat(mine.seqs()).hasSize(1);
	}

	@Test
	void aReadIsAuditedInsideAReadOnlyTransaction() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(status -> auditLog.record("personal-data.read", TestEntries.SUBJECT_TYPE,
				mine.subjectId, null, null, "核对申请人身份"));

		assertThat(mine.seqs()).hasSize(1);
		assertThat(auditLog.verify().valid()).isTrue();
	}
}
