package org.yangguang.audit;

import org.yangguang.support.DemoSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.IntegrationTest;

@IntegrationTest
class VerifyApiIsForAuditorsOnly {

	@Autowired
	TestRestTemplate rest;

	@Test
	void withoutATokenTheAnswerIs401() {
		assertThat(rest.getForEntity("/api/v1/audit/verify", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.getForEntity("/api/v1/audit", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aClerkIsRefusedWith403() {
		HttpEntity<Void> clerk = new HttpEntity<>(DemoSessions.bearer(rest, "clerk"));
		assertThat(rest.exchange("/api/v1/audit/verify", HttpMethod.GET, clerk, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.exchange("/api/v1/audit", HttpMethod.GET, clerk, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	@SuppressWarnings("rawtypes")
	void theAuditorGetsTheVerdictAsJson() {
		HttpEntity<Void> auditor = new HttpEntity<>(DemoSessions.bearer(rest, "auditor"));
		ResponseEntity<Map> verdict = rest.exchange("/api/v1/audit/verify", HttpMethod.GET, auditor, Map.class);

		assertThat(verdict.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(verdict.getBody()).containsEntry("valid", true).containsOnlyKeys("valid", "entries");
		assertThat(((Number) verdict.getBody().get("entries")).longValue()).isPositive();
	}
}
