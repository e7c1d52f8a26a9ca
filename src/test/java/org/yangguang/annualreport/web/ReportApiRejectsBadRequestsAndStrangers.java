package org.yangguang.annualreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Bad years, unknown organisations and formats are answered with problem+json (400/404); the report is for staff
 * with a token whose scope covers the organisation: anonymous 401, a citizen or a department's clerk asking for the
 * county 403.
 */
@IntegrationTest
class ReportApiRejectsBadRequestsAndStrangers {

	static final String PATH = "/api/v1/reports/annual";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Clock clock;

	Api api;

	@BeforeEach
	void api() {
		api = new Api(rest);
	}

	@Test
	void aYearThatIsNotANumberIs400() {
		assertProblem(api.get(PATH + "?year=twenty&org=520329", "office"), HttpStatus.BAD_REQUEST);
	}

	@Test
	void aYearBeforeTheRegulationOrInTheFutureIs400OnTheYearField() {
		int next = LocalDate.now(clock).getYear() + 1;
		for (int year : new int[] { 2007, next }) {
			JsonNode problem = assertProblem(api.get(PATH + "?year=" + year + "&org=520329", "office"),
					HttpStatus.BAD_REQUEST);
			assertThat(problem.get("code").asString()).isEqualTo("annualreport.error.year");
			assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("year");
			assertThat(problem.get("detail").asString()).contains("2008");
		}
	}

	@Test
	void aMissingYearOrOrganisationIs400() {
		assertProblem(api.get(PATH + "?org=520329", "office"), HttpStatus.BAD_REQUEST);
		assertProblem(api.get(PATH + "?year=2025", "office"), HttpStatus.BAD_REQUEST);
	}

	@Test
	void anUnknownOrganisationIs404() {
		assertProblem(api.get(PATH + "?year=2025&org=999999-NONE", "office"), HttpStatus.NOT_FOUND);
	}

	@Test
	void anUnknownFormatIs400OnTheFormatField() {
		JsonNode problem = assertProblem(api.get(PATH + "?year=2025&org=520329&format=docx", "office"),
				HttpStatus.BAD_REQUEST);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("format");
	}

	@Test
	void anonymousCallersAre401() {
		assertThat(api.get(PATH + "?year=2025&org=520329", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void citizensAre403() {
		assertThat(api.get(PATH + "?year=2025&org=520329", "citizen1").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aDepartmentReadsItsOwnReportButNotTheCountys() {
		assertThat(api.get(PATH + "?year=2025&org=520329-JYJ", "clerk").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(api.get(PATH + "?year=2025&org=520329", "clerk").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.get(PATH + "?year=2025&org=520329-MZJ", "leader").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void theCountyOfficeReadsEveryReportInItsTree() {
		for (String org : new String[] { "520329", "520329-JYJ", "520329102" }) {
			assertThat(api.get(PATH + "?year=2025&org=" + org, "office").getStatusCode()).as(org)
				.isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void aClerkMayNotPublish() {
		assertThat(api.post(PATH + "/publish?year=2025&org=520329-JYJ", null, "clerk").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void theCurrentYearCannotBePublishedBeforeItEnds() {
		int current = LocalDate.now(clock).getYear();
		JsonNode problem = assertProblem(api.post(PATH + "/publish?year=" + current + "&org=520329-JYJ", null,
				"leader"), HttpStatus.BAD_REQUEST);
		assertThat(problem.get("code").asString()).isEqualTo("annualreport.error.yearNotOver");
	}

	private static JsonNode assertProblem(ResponseEntity<String> response, HttpStatus status) {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		return Api.read(response);
	}
}
