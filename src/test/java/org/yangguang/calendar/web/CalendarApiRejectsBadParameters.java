package org.yangguang.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.IntegrationTest;

/** Unparsable dates, absurd counts, reversed intervals and years out of range give 400 problem+json. */
@IntegrationTest
class CalendarApiRejectsBadParameters {

	@Autowired
	TestRestTemplate rest;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/calendar/deadline?start=2024-02-30&workingDays=20",
			"/api/v1/calendar/deadline?start=yesterday&workingDays=20",
			"/api/v1/calendar/deadline?start=2024-02-05&workingDays=-1",
			"/api/v1/calendar/deadline?start=2024-02-05&workingDays=0",
			"/api/v1/calendar/deadline?start=2024-02-05&workingDays=1001",
			"/api/v1/calendar/deadline?start=2024-02-05&workingDays=twenty",
			"/api/v1/calendar/deadline?start=2024-02-05&workingDays=99999999999",
			"/api/v1/calendar/deadline?start=1899-12-30&workingDays=5",
			"/api/v1/calendar/deadline?workingDays=5",
			"/api/v1/calendar/deadline?start=2024-02-05&workingDays=5&explain=maybe",
			"/api/v1/calendar/working-days?from=2024-03-01&to=2024-02-01",
			"/api/v1/calendar/working-days?from=2024-02-01&to=2024-13-01",
			"/api/v1/calendar/working-days?from=1800-01-01&to=2024-01-01",
			"/api/v1/calendar/1899", "/api/v1/calendar/2101", "/api/v1/calendar/abc" })
	@SuppressWarnings("rawtypes")
	void badRequestIsAProblem(String url) {
		ResponseEntity<Map> response = rest.getForEntity(url, Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody()).containsEntry("status", 400).containsKey("detail");
	}

	@SuppressWarnings("rawtypes")
	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void ruleViolationIsExplainedInTheReadersLanguage(String language) {
		var headers = new org.springframework.http.HttpHeaders();
		headers.set("Accept-Language", language);
		ResponseEntity<Map> response = rest.exchange("/api/v1/calendar/working-days?from=2024-03-01&to=2024-02-01",
				org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), Map.class);

		assertThat(response.getBody()).containsEntry("code", "calendar.error.range");
		assertThat((String) response.getBody().get("detail")).contains("2024-03-01", "2024-02-01")
			.doesNotContain("calendar.error");
	}
}
