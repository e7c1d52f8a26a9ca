package org.yangguang.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.IntegrationTest;

/** The public pages: a year's month grid with its marks, the provisional warning, and the calculator by GET. */
@IntegrationTest
class CalendarPagesWorkWithoutJavaScript {

	@Autowired
	TestRestTemplate rest;

	@Test
	void yearPageShowsTheNoticeAndAnAccessibleTablePerMonth() {
		ResponseEntity<String> page = rest.getForEntity("/calendar/2024", String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		String html = page.getBody();
		assertThat(html).contains("国办发明电〔2023〕7号", "2024-02-10 至 2024-02-17 放假，共 8 天",
				"2024-02-04（星期日）上班");
		assertThat(html.split("<caption>", -1)).hasSize(13);
		assertThat(html).contains("<caption>2024年2月</caption>", "scope=\"col\"", "abbr=\"星期一\"");
		assertThat(html).contains("class=\"tag tag-holiday\"", "class=\"tag tag-workday\"");
		assertThat(html).doesNotContain("provisional-warning", "??");
	}

	@Test
	void yearWithoutScheduleCarriesAWarning() {
		String html = rest.getForObject("/calendar/2031", String.class);

		assertThat(html).contains("id=\"provisional-warning\"", "2031年的节假日安排尚未录入");
	}

	@Test
	void currentYearIsTheDefault() {
		ResponseEntity<String> page = rest.getForEntity("/calendar", String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("年工作日历", "id=\"deadline-form\"");
	}

	@Test
	void pageIsInEnglishOnRequest() {
		String html = rest.getForObject("/calendar/2025?lang=en", String.class);

		assertThat(html).contains("Working-day calendar 2025", "<caption>October 2025</caption>",
				"2025-01-28 to 2025-02-04 off, 8 days");
	}

	@Test
	void calculatorAnswersWithItsExplanation() {
		String html = rest.getForObject("/calendar/deadline?start=2024-02-05&workingDays=20", String.class);

		assertThat(html).contains("id=\"deadline-result\"", "2024-03-08（星期五）", "2024-02-18", "2024-02-10");
		assertThat(html).doesNotContain("deadline-provisional");
	}

	@Test
	void calculatorShowsErrorsNextToTheFields() {
		ResponseEntity<String> page = rest.getForEntity("/calendar/deadline?start=2024-02-30&workingDays=0",
				String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("error-summary", "请按 2024-02-05 的格式填写收到申请的日期", "工作日数须在 1 至 1000 之间", "value=\"0\"")
			.doesNotContain("id=\"deadline-result\"");
	}

	@Test
	void calculatorFlagsAProvisionalDeadline() {
		String html = rest.getForObject("/calendar/deadline?start=2031-03-03&workingDays=5", String.class);

		assertThat(html).contains("id=\"deadline-provisional\"", "2031-03-10");
	}

	@Test
	void emptyCalculatorHasNoErrors() {
		String html = rest.getForObject("/calendar/deadline", String.class);

		assertThat(html).contains("id=\"deadline-form\"").doesNotContain("error-summary");
	}

	@Test
	void yearOutOfRangeIsABadRequest() {
		assertThat(rest.getForEntity("/calendar/1800", String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}
}
