package org.yangguang.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.yangguang.calendar.YearSchedule;

/**
 * The iCalendar feed (RFC 5545) of the entered years: one all-day event per holiday period and one per adjusted
 * working day. Lines end with CRLF and are folded at 75 octets; each event's UID is stable across downloads.
 */
final class HolidayFeed {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);
	private static final String CRLF = "\r\n";
	private static final int MAX_OCTETS = 75;

	/** The texts of the feed in the reader's language. */
	record Labels(String calendarName, String holiday, String workday, String notice) {
	}

	private final StringBuilder out = new StringBuilder();

	private HolidayFeed() {
	}

	/**
	 * @param stamps when each year's schedule was last changed, for the events' DTSTAMP
	 */
	static String render(List<YearSchedule> schedules, Map<Integer, Instant> stamps, Labels labels, String host) {
		HolidayFeed feed = new HolidayFeed();
		feed.line("BEGIN:VCALENDAR");
		feed.line("VERSION:2.0");
		feed.line("PRODID:-//Yangguang//Working-day calendar//ZH");
		feed.line("CALSCALE:GREGORIAN");
		feed.line("METHOD:PUBLISH");
		feed.line("X-WR-CALNAME:" + escape(labels.calendarName()));
		feed.line("X-WR-TIMEZONE:Asia/Shanghai");
		for (YearSchedule schedule : schedules) {
			String stamp = STAMP.format(stamps.getOrDefault(schedule.year(), Instant.EPOCH));
			String description = escape(labels.notice() + schedule.notice());
			for (DateRun run : DateRun.of(schedule.holidays())) {
				feed.event("holiday-" + DATE.format(run.first()) + "@" + host, stamp, run.first(),
						run.last().plusDays(1), labels.holiday(), description, "TRANSPARENT");
			}
			for (LocalDate day : schedule.workdays()) {
				feed.event("workday-" + DATE.format(day) + "@" + host, stamp, day, day.plusDays(1), labels.workday(),
						description, "OPAQUE");
			}
		}
		feed.line("END:VCALENDAR");
		return feed.out.toString();
	}

	private void event(String uid, String stamp, LocalDate start, LocalDate endExclusive, String summary,
			String description, String transparency) {
		line("BEGIN:VEVENT");
		line("UID:" + uid);
		line("DTSTAMP:" + stamp);
		line("DTSTART;VALUE=DATE:" + DATE.format(start));
		line("DTEND;VALUE=DATE:" + DATE.format(endExclusive));
		line("SUMMARY:" + escape(summary));
		line("DESCRIPTION:" + description);
		line("TRANSP:" + transparency);
		line("END:VEVENT");
	}

	/** Writes a content line, folded so that no line exceeds 75 octets (continuations begin with a space). */
	private void line(String content) {
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}
}
