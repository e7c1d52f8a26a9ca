package org.yangguang.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yangguang.calendar.YearSchedule;

/** Line folding at 75 octets (never inside a character), text escaping, exclusive DTEND of all-day events. */
class HolidayFeedFollowsRfc5545 {

	private static final HolidayFeed.Labels LABELS = new HolidayFeed.Labels("日历", "放假", "调休上班", "依据：");

	private final YearSchedule schedule = YearSchedule.of(2024, "国办发明电〔2023〕7号, 补充;" + "很长的修订说明，".repeat(10),
			List.of(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11), LocalDate.of(2024, 4, 4)),
			List.of(LocalDate.of(2024, 2, 4)));

	private final String feed = HolidayFeed.render(List.of(schedule), Map.of(2024, Instant.parse("2024-01-02T03:04:05Z")),
			LABELS, "test");

	@Test
	void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
		String[] lines = feed.split("\r\n");

		assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(75));
		assertThat(Arrays.stream(lines).filter(line -> line.startsWith(" "))).isNotEmpty();
		assertThat(feed.replace("\r\n ", "")).contains("DESCRIPTION:依据：国办发明电〔2023〕7号\\, 补充\\;很长的修订说明，很长");
	}

	@Test
	void consecutiveHolidaysFormOneAllDayEventEndingTheDayAfter() {
		assertThat(feed).contains("UID:holiday-20240210@test\r\nDTSTAMP:20240102T030405Z\r\n"
				+ "DTSTART;VALUE=DATE:20240210\r\nDTEND;VALUE=DATE:20240212\r\nSUMMARY:放假\r\n");
		assertThat(feed).contains("DTSTART;VALUE=DATE:20240404\r\nDTEND;VALUE=DATE:20240405\r\n");
		assertThat(feed).contains("UID:workday-20240204@test\r\n");
		assertThat(feed.split("BEGIN:VEVENT", -1)).hasSize(4);
	}

	@Test
	void textIsEscaped() {
		assertThat(HolidayFeed.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
	}
}
