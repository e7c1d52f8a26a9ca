package org.yangguang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yangguang.support.IntegrationTest;

/** The deleted row is put back exactly as it was: the database and its chain are shared by the whole suite. */
@IntegrationTest
class DeletedEntryBreaksTheChain {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletingAMiddleEntryIsFoundAtItsSequenceNumber() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		long middle = mine.append(3).get(1);
		Map<String, Object> original = mine.row(middle);
		long entriesBefore = auditLog.verify().entries();
		try {
			jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq").param("seq", middle).update();

			ChainVerification verification = auditLog.verify();
			assertThat(verification).extracting(ChainVerification::valid, ChainVerification::brokenAt,
					ChainVerification::reason).containsExactly(false, middle, "entry-missing");
			assertThat(verification.entries()).isGreaterThanOrEqualTo(entriesBefore - 1);
		}
		finally {
			mine.restore(original);
		}
		assertThat(auditLog.verify().valid()).isTrue();
	}
}
