package org.yangguang.audit;

import org.yangguang.support.DemoSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yangguang.audit.internal.ChainHash;
import org.yangguang.support.IntegrationTest;

/** Every tampered row is put back exactly as it was: the database and its chain are shared by the whole suite. */
@IntegrationTest
class TamperedEntryBreaksTheChain {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestRestTemplate rest;

	@Test
	void changingAStoredReasonIsFoundAtThatEntry() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		long middle = mine.append(3).get(1);
		Map<String, Object> original = mine.row(middle);
		try {
			jdbc.sql("UPDATE audit_entry SET reason = 'x' WHERE seq = :seq").param("seq", middle).update();

			assertThat(auditLog.verify()).extracting(ChainVerification::valid, ChainVerification::brokenAt,
					ChainVerification::reason).containsExactly(false, middle, "content-altered");
		}
		finally {
			mine.restore(original);
		}
		assertThat(auditLog.verify().valid()).isTrue();
	}

	@Test
	void rehashingAChangedEntryBreaksTheLinkFromTheNextOne() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		List<Long> seqs = mine.append(3);
		long middle = seqs.get(1);
		Map<String, Object> original = mine.row(middle);
		try {
			AuditEntry forged = mine.entries().get(1);
			forged = new AuditEntry(forged.seq(), forged.occurredAt(), "admin", forged.ip(), forged.action(),
					forged.subjectType(), forged.subjectId(), forged.before(), forged.after(), forged.reason(),
					forged.previousHash(), null);
			jdbc.sql("UPDATE audit_entry SET actor = 'admin', hash = :hash WHERE seq = :seq")
				.param("hash", ChainHash.of(forged)).param("seq", middle).update();

			assertThat(auditLog.verify()).extracting(ChainVerification::valid, ChainVerification::brokenAt,
					ChainVerification::reason).containsExactly(false, seqs.get(2), "link-broken");
		}
		finally {
			mine.restore(original);
		}
		assertThat(auditLog.verify().valid()).isTrue();
	}

	@Test
	@SuppressWarnings({ "rawtypes", "unchecked" })
	void theApiAndTheAuditorPageShowWhereTheChainBreaks() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		long middle = mine.append(3).get(1);
		HttpEntity<Void> token = new HttpEntity<>(DemoSessions.bearer(rest, "auditor"));
		HttpEntity<Void> session = new HttpEntity<>(DemoSessions.session(rest, "auditor"));
		Map<String, Object> original = mine.row(middle);
		try {
			jdbc.sql("UPDATE audit_entry SET after_state = '{}' WHERE seq = :seq").param("seq", middle).update();

			Map verdict = rest.exchange("/api/v1/audit/verify", HttpMethod.GET, token, Map.class).getBody();
			String page = rest.exchange("/workbench/audit/verify", HttpMethod.GET, session, String.class).getBody();

			assertThat(verdict).containsEntry("valid", false).containsEntry("reason", "content-altered")
				.containsKeys("entries", "brokenAt");
			assertThat(((Number) verdict.get("brokenAt")).longValue()).isEqualTo(middle);
			assertThat(page).contains("notice-warning", "该记录的内容已被改动");
		}
		finally {
			mine.restore(original);
		}
		assertThat(auditLog.verify().valid()).isTrue();
	}
}
