package org.yangguang.calendar.web;

import org.yangguang.support.DemoSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.support.IntegrationTest;

/** The workbench pages: the years with the missing ones flagged, and a year's form with clear errors. */
@IntegrationTest
class AdministratorsMaintainTheCalendarPages {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void listShowsTheYearsAndWarnsAboutMissingOnes() {
		String html = get("/workbench/admin/calendar", DemoSessions.session(rest, "admin")).getBody();

		assertThat(html).contains("国办发明电〔2025〕7号", "id=\"calendar-years\"");
		calendar.missingYears()
			.forEach(year -> assertThat(html).contains(year + "年的节假日安排尚未录入"));
	}

	@Test
	void formRejectsWrongDatesWithAMessagePerMistake() {
		HttpHeaders admin = DemoSessions.session(rest, "admin");
		TestYear year = TestYear.unentered(calendar);
		String form = get("/workbench/admin/calendar/" + year.value(), admin).getBody();

		ResponseEntity<String> response = post(year, admin, form, year.notice(),
				"2024-13-01\n" + year.day(10, 1) + "\n" + year.workday(), year.workday().toString());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("error-summary", "“2024-13-01”不是有效日期",
				"同时填在了放假日期和调休上班日期中");
		assertThat(calendar.schedule(year.value())).isEmpty();
	}

	@Test
	void savedYearAppliesAtOnce() {
		HttpHeaders admin = DemoSessions.session(rest, "admin");
		TestYear year = TestYear.unentered(calendar);
		String form = get("/workbench/admin/calendar/" + year.value(), admin).getBody();
		String holidays = year.holidays().stream().map(LocalDate::toString).collect(Collectors.joining("\r\n"));

		ResponseEntity<String> response = post(year, admin, form, year.notice(), holidays, year.workday().toString());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(calendar.schedule(year.value())).contains(year.schedule());
		String after = get(response.getHeaders().getLocation().getPath(), admin).getBody();
		assertThat(after).contains("id=\"calendar-saved\"", year.notice());
	}

	@Test
	void onlyAdministratorsSeeThePages() {
		TestRestTemplate browser = rest.withRedirects(HttpRedirects.DONT_FOLLOW);
		assertThat(browser.getForEntity("/workbench/admin/calendar", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FOUND);
		assertThat(get("/workbench/admin/calendar", DemoSessions.session(rest, "clerk")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private ResponseEntity<String> get(String path, HttpHeaders session) {
		return rest.withRedirects(HttpRedirects.DONT_FOLLOW).exchange(path, HttpMethod.GET,
				new HttpEntity<>(session), String.class);
	}

	private ResponseEntity<String> post(TestYear year, HttpHeaders session, String formPage, String notice,
			String holidays, String workdays) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(session);
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("_csrf", DemoSessions.csrf(formPage.substring(formPage.indexOf("id=\"schedule-form\""))));
		fields.add("notice", notice);
		fields.add("holidays", holidays);
		fields.add("workdays", workdays);
		fields.add("reason", TestYear.REASON);
		return rest.withRedirects(HttpRedirects.DONT_FOLLOW).exchange("/workbench/admin/calendar/" + year.value(),
				HttpMethod.POST, new HttpEntity<>(fields, headers), String.class);
	}
}
