package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/** Token authentication for the API and lockout after repeated wrong passwords. */
@IntegrationTest
class AuthenticationTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	void tokenIsIssuedForDemoAccountAndIdentifiesTheUser() {
		Api api = new Api(rest);
		var token = rest.postForEntity("/api/v1/auth/token", Map.of("username", "clerk", "password", "Demo@2026"),
				String.class);
		assertThat(token.getStatusCode().value()).isEqualTo(200);
		assertThat(Api.read(token).get("token").asString()).hasSizeGreaterThan(30);
		assertThat(Api.read(token).get("expiresAt").asString()).isNotBlank();
		var me = api.get("/api/v1/accounts/me", "clerk");
		assertThat(Api.read(me).get("username").asString()).isEqualTo("clerk");
		assertThat(Api.read(me).get("roles").toString()).contains("CLERK");
	}

	@Test
	void wrongCredentialsGive401ProblemJson() {
		var r = rest.postForEntity("/api/v1/auth/token", Map.of("username", "clerk", "password", "wrong-1"),
				String.class);
		assertThat(r.getStatusCode().value()).isEqualTo(401);
		assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(Api.read(r).get("status").asInt()).isEqualTo(401);
		var unknown = rest.postForEntity("/api/v1/auth/token", Map.of("username", "nobody-here", "password", "x1"),
				String.class);
		assertThat(unknown.getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void unknownOrMissingTokenGives401() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth("not-a-real-token");
		var r = rest.exchange("/api/v1/accounts/me", HttpMethod.GET, new HttpEntity<>(headers), String.class);
		assertThat(r.getStatusCode().value()).isEqualTo(401);
		assertThat(rest.getForEntity("/api/v1/accounts/me", String.class).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void revokedTokenNoLongerWorks() {
		String token = new Api(rest).token("operator", "Demo@2026");
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		rest.exchange("/api/v1/auth/token", HttpMethod.DELETE, new HttpEntity<>(headers), String.class);
		var r = rest.exchange("/api/v1/accounts/me", HttpMethod.GET, new HttpEntity<>(headers), String.class);
		assertThat(r.getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void accountIsLockedAfterFiveWrongPasswordsEvenForTheRightOne() {
		String username = "lock" + UUID.randomUUID().toString().substring(0, 8);
		long id = accounts.createStaff(username, "锁定测试", organisations.getByCode("520329-JYJ").id(),
				EnumSet.of(Role.CLERK), "Right-pass-1");
		for (int i = 0; i < 5; i++) {
			var wrong = rest.postForEntity("/api/v1/auth/token",
					Map.of("username", username, "password", "wrong-pass-" + i), String.class);
			assertThat(wrong.getStatusCode().value()).isEqualTo(401);
		}
		var locked = rest.postForEntity("/api/v1/auth/token", Map.of("username", username, "password", "Right-pass-1"),
				String.class);
		assertThat(locked.getStatusCode().value()).isEqualTo(401);
		assertThat(Api.read(locked).get("detail").asString()).contains("锁定");

		accounts.unlock(id);
		var unlocked = rest.postForEntity("/api/v1/auth/token",
				Map.of("username", username, "password", "Right-pass-1"), String.class);
		assertThat(unlocked.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void fourWrongPasswordsThenTheRightOneResetsTheCount() {
		String username = "reset" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createStaff(username, "计数测试", organisations.getByCode("520329-JYJ").id(), EnumSet.of(Role.CLERK),
				"Right-pass-2");
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				rest.postForEntity("/api/v1/auth/token", Map.of("username", username, "password", "bad-" + i),
						String.class);
			}
			var ok = rest.postForEntity("/api/v1/auth/token",
					Map.of("username", username, "password", "Right-pass-2"), String.class);
			assertThat(ok.getStatusCode().value()).isEqualTo(200);
		}
	}
}
