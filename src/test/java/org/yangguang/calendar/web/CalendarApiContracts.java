package org.yangguang.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.IntegrationTest;

/** The public calendar API, field by field as issue 3 specifies it. */
@IntegrationTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class CalendarApiContracts {

	@Autowired
	TestRestTemplate rest;

	@Test
	void yearListsEveryDayOffAndTheAdjustedWorkingDays() {
		ResponseEntity<Map> response = rest.getForEntity("/api/v1/calendar/2024", Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		Map body = response.getBody();
		assertThat(body).containsEntry("year", 2024).containsEntry("provisional", false);
		assertThat((List<String>) body.get("holidays")).startsWith("2024-01-01")
			.contains("2024-02-10", "2024-02-11", "2024-02-17", "2024-05-01", "2024-10-07").hasSize(28);
		assertThat((List<String>) body.get("workdays")).containsExactly("2024-02-04", "2024-02-18", "2024-04-07",
				"2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12");
	}

	@Test
	void deadlineOfTwentyWorkingDaysAcrossSpringFestival2024() {
		Map body = rest.getForObject("/api/v1/calendar/deadline?start=2024-02-05&workingDays=20", Map.class);

		assertThat(body).containsExactlyInAnyOrderEntriesOf(Map.of("start", "2024-02-05", "workingDays", 20,
				"deadline", "2024-03-08", "provisional", false));
	}

	@Test
	void deadlineExplainsItselfOnRequest() {
		Map body = rest.getForObject("/api/v1/calendar/deadline?start=2024-02-05&workingDays=20&explain=true",
				Map.class);

		assertThat(body).containsEntry("deadline", "2024-03-08");
		Map explanation = (Map) body.get("explanation");
		assertThat((List<String>) explanation.get("countedDays")).hasSize(20).startsWith("2024-02-06")
			.endsWith("2024-03-08");
		assertThat((List<String>) explanation.get("skippedHolidays")).hasSize(8).contains("2024-02-10", "2024-02-17");
		assertThat((List<String>) explanation.get("adjustedWorkdays")).containsExactly("2024-02-18");
		assertThat((List<String>) explanation.get("skippedWeekends")).contains("2024-02-24", "2024-02-25");
	}

	@Test
	void deadlinesAroundLabourDayAndNationalDay() {
		assertThat(rest.getForObject("/api/v1/calendar/deadline?start=2025-04-30&workingDays=1", Map.class))
			.containsEntry("deadline", "2025-05-06");
		assertThat(rest.getForObject("/api/v1/calendar/deadline?start=2026-09-30&workingDays=3", Map.class))
			.containsEntry("deadline", "2026-10-10");
		assertThat(rest.getForObject("/api/v1/calendar/deadline?start=2023-09-28&workingDays=1", Map.class))
			.containsEntry("deadline", "2023-10-07");
	}

	@Test
	void workingDaysInAClosedInterval() {
		Map body = rest.getForObject("/api/v1/calendar/working-days?from=2024-02-01&to=2024-02-29", Map.class);

		assertThat(body).containsEntry("from", "2024-02-01").containsEntry("to", "2024-02-29")
			.containsEntry("workingDays", 18).containsEntry("provisional", false);
		assertThat(rest.getForObject("/api/v1/calendar/working-days?from=2024-02-04&to=2024-02-04", Map.class))
			.containsEntry("workingDays", 1);
	}

	@Test
	void yearWithoutScheduleIsProvisional() {
		Map year = rest.getForObject("/api/v1/calendar/2031", Map.class);
		Map deadline = rest.getForObject("/api/v1/calendar/deadline?start=2031-03-03&workingDays=5", Map.class);
		Map count = rest.getForObject("/api/v1/calendar/working-days?from=2026-12-01&to=2031-01-31", Map.class);

		assertThat(year).containsEntry("year", 2031).containsEntry("provisional", true)
			.containsEntry("holidays", List.of()).containsEntry("workdays", List.of());
		assertThat(deadline).containsEntry("deadline", "2031-03-10").containsEntry("provisional", true);
		assertThat(count).containsEntry("provisional", true);
	}

	@Test
	void countWithinScheduledYearsIsNotProvisional() {
		assertThat(rest.getForObject("/api/v1/calendar/deadline?start=2026-12-01&workingDays=10", Map.class))
			.containsEntry("provisional", false);
	}
}
