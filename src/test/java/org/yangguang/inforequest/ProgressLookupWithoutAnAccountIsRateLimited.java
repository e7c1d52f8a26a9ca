package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 进度查询: anyone with the tracking number and the last four digits of the applicant's phone (citizen1: 13885212345)
 * sees where the request is, without an account; wrong digits are a 404 that does not say which part was wrong; a
 * client address asking more than 10 times a minute gets 429. Each test comes from its own address (the proxy's
 * {@code X-Forwarded-For}), so that the tests do not share an allowance.
 */
@IntegrationTest
class ProgressLookupWithoutAnAccountIsRateLimited {

	@Autowired
	TestRestTemplate rest;

	String no;

	@BeforeEach
	void setUp() {
		no = new RequestApi(new Api(rest)).apply("citizen1", "520329-JYJ", "2026年县教育局部门预算");
	}

	ResponseEntity<String> lookup(String trackingNo, String phone4, String clientAddress) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		headers.set("X-Forwarded-For", clientAddress);
		return rest.exchange("/api/v1/requests/" + trackingNo + "/progress?phone4=" + phone4, HttpMethod.GET,
				new HttpEntity<>(headers), String.class);
	}

	@Test
	void theRightDigitsShowTheProgressWithoutPersonalData() {
		ResponseEntity<String> r = lookup(no, "2345", "203.0.113.10");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
		JsonNode progress = Api.read(r);
		assertThat(progress.get("trackingNo").asString()).isEqualTo(no);
		assertThat(progress.get("status").asString()).isEqualTo("in_progress");
		assertThat(progress.get("agencyName").asString()).isEqualTo("余庆县教育局");
		assertThat(progress.get("deadline").asString()).isNotBlank();
		assertThat(r.getBody()).doesNotContain("张伟").doesNotContain("13885212345");
	}

	@Test
	void wrongDigitsOrAnUnknownNumberAreNotFound() {
		ResponseEntity<String> wrong = lookup(no, "1234", "203.0.113.11");
		assertThat(wrong.getStatusCode().value()).isEqualTo(404);
		assertThat(wrong.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		ResponseEntity<String> unknown = lookup("YSQ1999000001", "2345", "203.0.113.11");
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(Api.read(unknown).get("detail").asString()).isEqualTo(Api.read(wrong).get("detail").asString());
		assertThat(lookup(no, "12a4", "203.0.113.11").getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void theEleventhLookupInAMinuteFromOneAddressIsRefused() {
		for (int i = 0; i < 10; i++) {
			assertThat(lookup(no, String.format("%04d", i), "203.0.113.12").getStatusCode().value()).isEqualTo(404);
		}
		ResponseEntity<String> refused = lookup(no, "2345", "203.0.113.12");
		assertThat(refused.getStatusCode().value()).isEqualTo(429);
		assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(Api.read(refused).get("code").asString()).isEqualTo("inforequest.error.tooManyLookups");
		assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
		// another address still has its allowance
		assertThat(lookup(no, "2345", "203.0.113.13").getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void thePublicPageIsLimitedToo() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", "203.0.113.14");
		int last = 0;
		for (int i = 0; i < 11; i++) {
			last = rest.exchange("/requests/track?no=" + no + "&phone=2345", HttpMethod.GET, new HttpEntity<>(headers),
					String.class).getStatusCode().value();
			if (i < 10) {
				assertThat(last).isEqualTo(200);
			}
		}
		assertThat(last).isEqualTo(429);
	}
}
