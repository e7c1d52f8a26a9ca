package org.yangguang.calendar.web;

import org.yangguang.support.DemoSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.audit.AuditEntry;
import org.yangguang.audit.AuditLog;
import org.yangguang.audit.AuditQuery;
import org.yangguang.calendar.TimeLimitChange;
import org.yangguang.calendar.TimeLimitHistoryEntry;
import org.yangguang.calendar.TimeLimitId;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.support.IntegrationTest;

/**
 * An administrator enters a future year not entered yet (the suite may run again on the same PostgreSQL
 * database): the change applies at once to deadlines, recomputes an open time limit with a history entry saying
 * why, and is audited. Only administrators may do it.
 */
@IntegrationTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class AdministratorChangesAYearThroughTheApi {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TimeLimits timeLimits;

	@Autowired
	AuditLog auditLog;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void adminChangeAppliesAtOnceRecomputesOpenTimeLimitsAndIsAudited() {
		TestYear year = TestYear.unentered(calendar);
		LocalDate start = year.day(9, 30);
		LocalDate before = WorkingDayCalendar.weekdaysOnly().deadline(start, 3).deadline();
		LocalDate after = WorkingDayCalendar.of(year.schedule()).deadline(start, 3).deadline();
		assertThat(after).isAfter(before);
		TimeLimitId id = timeLimits.start("test.calendar", "calendar-test", UUID.randomUUID().toString(), start, 3);
		assertThat(timeLimits.get(id).deadline()).isEqualTo(before);
		assertThat(timeLimits.get(id).provisional()).isTrue();
		assertThat(deadline(start)).containsEntry("deadline", before.toString()).containsEntry("provisional", true);

		ResponseEntity<Map> put = put(year.value(), DemoSessions.bearer(rest, "admin"), year.body());

		assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(put.getBody()).containsEntry("year", year.value()).containsEntry("provisional", false);
		assertThat((Integer) put.getBody().get("recomputedTimeLimits")).isGreaterThanOrEqualTo(1);
		assertThat(deadline(start)).containsEntry("deadline", after.toString()).containsEntry("provisional", false);
		assertThat(rest.getForObject("/api/v1/calendar/" + year.value(), Map.class))
			.containsEntry("provisional", false).containsEntry("workdays", List.of(year.workday().toString()));

		TimeLimitStatus recomputed = timeLimits.get(id);
		assertThat(recomputed.deadline()).isEqualTo(after);
		assertThat(recomputed.provisional()).isFalse();
		TimeLimitHistoryEntry last = recomputed.history().get(recomputed.history().size() - 1);
		assertThat(last.change().kind()).isEqualTo(TimeLimitChange.Kind.RECOMPUTED);
		assertThat(last.change().reason()).contains(Integer.toString(year.value()), year.notice(), TestYear.REASON);
		assertThat(last.deadlineAfter()).isEqualTo(after);

		List<AuditEntry> audited = auditLog.find(new AuditQuery(null, "calendar.schedule-changed", "calendar-year",
				Integer.toString(year.value()), null, null), 0, 10).content();
		assertThat(audited).hasSize(1);
		assertThat(audited.get(0).actor()).isEqualTo("admin");
		assertThat(audited.get(0).before()).isNull();
		assertThat(audited.get(0).after()).contains(year.workday().toString(), year.notice());
		assertThat(audited.get(0).reason()).isEqualTo(TestYear.REASON);
	}

	@Test
	void invalidScheduleIsRejectedWithAProblem() {
		ResponseEntity<Map> put = put(2049, DemoSessions.bearer(rest, "admin"),
				Map.of("notice", "x", "holidays", List.of(), "workdays", List.of("2048-10-10")));

		assertThat(put.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(put.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(put.getBody()).containsEntry("code", "calendar.error.workday.outsideYear");
	}

	@Test
	void onlyAdministratorsMayChangeAYear() {
		Map<String, Object> body = Map.of("notice", "x", "holidays", List.of(), "workdays", List.of());

		assertThat(put(2049, new HttpHeaders(), body).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(put(2049, DemoSessions.bearer(rest, "clerk"), body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.getForObject("/api/v1/calendar/2049", Map.class)).containsEntry("provisional", true);
	}

	private Map deadline(LocalDate start) {
		return rest.getForObject("/api/v1/calendar/deadline?start=" + start + "&workingDays=3", Map.class);
	}

	private ResponseEntity<Map> put(int year, HttpHeaders headers, Map<String, Object> body) {
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.exchange("/api/v1/calendar/" + year, HttpMethod.PUT, new HttpEntity<>(body, headers), Map.class);
	}
}
