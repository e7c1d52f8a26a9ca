package org.yangguang.audit;

import org.yangguang.support.DemoSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yangguang.support.IntegrationTest;

@IntegrationTest
class AuditorsBrowseTheLog {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	@SuppressWarnings({ "rawtypes", "unchecked" })
	void theApiFiltersBySubjectNewestFirstInPages() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		List<Long> seqs = mine.append(3);
		HttpEntity<Void> auditor = new HttpEntity<>(DemoSessions.bearer(rest, "auditor"));

		ResponseEntity<Map> page = rest.exchange("/api/v1/audit?subjectType={type}&subjectId={id}&page=0&size=2",
				HttpMethod.GET, auditor, Map.class, TestEntries.SUBJECT_TYPE, mine.subjectId);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).containsEntry("totalElements", 3).containsEntry("totalPages", 2)
			.containsEntry("page", 0).containsEntry("size", 2);
		List<Map<String, Object>> content = (List<Map<String, Object>>) page.getBody().get("content");
		assertThat(content).extracting(e -> ((Number) e.get("seq")).longValue())
			.containsExactly(seqs.get(2), seqs.get(1));
		assertThat(content.get(0)).containsEntry("actor", "system").containsEntry("action", "audit-test.changed")
			.containsEntry("reason", "测试第 3 步").containsKeys("occurredAt", "ip", "before", "after", "hash");
	}

	@Test
	@SuppressWarnings("rawtypes")
	void theApiFiltersByActionAndDate() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		mine.append(1);
		HttpEntity<Void> auditor = new HttpEntity<>(DemoSessions.bearer(rest, "auditor"));

		ResponseEntity<Map> today = rest.exchange(
				"/api/v1/audit?action=audit-test.changed&subjectId={id}&from=2000-01-01&to=2999-12-31",
				HttpMethod.GET, auditor, Map.class, mine.subjectId);
		ResponseEntity<Map> longAgo = rest.exchange(
				"/api/v1/audit?subjectId={id}&to=2000-01-01T00:00:00Z", HttpMethod.GET, auditor, Map.class,
				mine.subjectId);

		assertThat(today.getBody()).containsEntry("totalElements", 1);
		assertThat(longAgo.getBody()).containsEntry("totalElements", 0);
	}

	@Test
	void searchingTheLogIsItselfRecordedWithTheAuditorAndAddress() {
		HttpEntity<Void> auditor = new HttpEntity<>(DemoSessions.bearer(rest, "auditor"));
		rest.exchange("/api/v1/audit?actor=clerk", HttpMethod.GET, auditor, String.class);

		AuditEntry searched = auditLog
			.find(new AuditQuery("auditor", "audit-log.searched", null, null, null, null), 0, 1).content().get(0);
		assertThat(searched.after()).isEqualTo("actor=clerk page=0");
		assertThat(searched.ip()).isNotBlank();
	}

	@Test
	void theAuditorPageListsEntriesAndVerifiesTheChain() {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		mine.append(2);
		HttpEntity<Void> auditor = new HttpEntity<>(DemoSessions.session(rest, "auditor"));

		ResponseEntity<String> list = rest.exchange("/workbench/audit?subjectId={id}", HttpMethod.GET, auditor,
				String.class, mine.subjectId);
		ResponseEntity<String> verified = rest.exchange("/workbench/audit/verify", HttpMethod.GET, auditor,
				String.class);

		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(list.getBody()).contains("id=\"audit-entries\"", "测试第 2 步", "<details");
		assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(verified.getBody()).contains("id=\"audit-verification\"", "notice-success");
	}

	@Test
	void aClerkCannotOpenTheAuditorPage() {
		HttpEntity<Void> clerk = new HttpEntity<>(DemoSessions.session(rest, "clerk"));

		ResponseEntity<String> page = rest.withRedirects(HttpRedirects.DONT_FOLLOW).exchange("/workbench/audit",
				HttpMethod.GET, clerk, String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}
}
