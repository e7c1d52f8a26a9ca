package org.yangguang.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.IntegrationTest;

/** {@code /calendar/holidays.ics}: RFC 5545, CRLF lines of at most 75 octets, all-day events with UID and DTSTAMP. */
@IntegrationTest
class HolidayFeedIsValidICalendar {

	@Autowired
	TestRestTemplate rest;

	@Test
	void feedHasOneAllDayEventPerHolidayPeriodAndPerAdjustedWorkingDay() {
		ResponseEntity<byte[]> response = rest.getForEntity("/calendar/holidays.ics", byte[].class);
		String feed = new String(response.getBody(), StandardCharsets.UTF_8);

		assertThat(response.getHeaders().getContentType().toString()).startsWith("text/calendar");
		assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
		assertThat(feed.replace("\r\n", "")).doesNotContain("\n", "\r");
		assertThat(Arrays.stream(feed.split("\r\n")))
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(feed).contains("BEGIN:VEVENT\r\nUID:holiday-20240210@calendar.yangguang\r\nDTSTAMP:",
				"DTSTART;VALUE=DATE:20240210\r\nDTEND;VALUE=DATE:20240218\r\n",
				"UID:workday-20240204@calendar.yangguang\r\n", "DTSTART;VALUE=DATE:20240204\r\nDTEND;VALUE=DATE:20240205\r\n");
		int events = feed.split("BEGIN:VEVENT", -1).length - 1;
		assertThat(events).isEqualTo(feed.split("END:VEVENT", -1).length - 1)
			.isEqualTo(feed.split("\r\nUID:", -1).length - 1).isEqualTo(feed.split("\r\nDTSTAMP:", -1).length - 1);
		assertThat(feed).containsPattern("DTSTAMP:\\d{8}T\\d{6}Z\r\n");
	}
}
