package org.yangguang.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.calendar.ScheduledYear;
import org.yangguang.calendar.YearSchedule;

/** Year schedules in {@code calendar_year} and their dates in {@code calendar_date}. */
@Repository
public class YearScheduleRepository {

	private static final String HOLIDAY = "HOLIDAY";
	private static final String WORKDAY = "WORKDAY";

	private final JdbcClient jdbc;

	YearScheduleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Changes whenever a year is added or changed anywhere (years only grow, revisions only increase), so that
	 * each node can tell when its cached calendar is stale.
	 */
	public Fingerprint fingerprint() {
		return jdbc.sql("SELECT COUNT(*) AS years, COALESCE(SUM(revision), 0) AS revisions FROM calendar_year")
			.query((rs, n) -> new Fingerprint(rs.getLong("years"), rs.getLong("revisions")))
			.single();
	}

	public record Fingerprint(long years, long revisions) {
	}

	public List<YearSchedule> findAll() {
		Map<Integer, String> notices = new TreeMap<>();
		jdbc.sql("SELECT cal_year, notice FROM calendar_year")
			.query(rs -> {
				notices.put(rs.getInt("cal_year"), rs.getString("notice"));
			});
		Map<Integer, List<LocalDate>> holidays = new TreeMap<>();
		Map<Integer, List<LocalDate>> workdays = new TreeMap<>();
		jdbc.sql("SELECT cal_year, cal_date, date_kind FROM calendar_date ORDER BY cal_year, cal_date")
			.query(rs -> {
				var target = HOLIDAY.equals(rs.getString("date_kind")) ? holidays : workdays;
				target.computeIfAbsent(rs.getInt("cal_year"), y -> new ArrayList<>())
					.add(rs.getObject("cal_date", LocalDate.class));
			});
		return notices.entrySet().stream()
			.map(e -> new YearSchedule(e.getKey(), e.getValue(), holidays.getOrDefault(e.getKey(), List.of()),
					workdays.getOrDefault(e.getKey(), List.of())))
			.toList();
	}

	public Optional<YearSchedule> find(int year) {
		return findAll().stream().filter(s -> s.year() == year).findFirst();
	}

	public boolean exists(int year) {
		return jdbc.sql("SELECT COUNT(*) FROM calendar_year WHERE cal_year = :year").param("year", year)
			.query(Long.class).single() > 0;
	}

	public List<ScheduledYear> list() {
		return jdbc.sql("""
				SELECT y.cal_year, y.notice, y.revision, y.updated_by, y.updated_at,
				       (SELECT COUNT(*) FROM calendar_date d WHERE d.cal_year = y.cal_year AND d.date_kind = 'HOLIDAY') AS holidays,
				       (SELECT COUNT(*) FROM calendar_date d WHERE d.cal_year = y.cal_year AND d.date_kind = 'WORKDAY') AS workdays
				FROM calendar_year y ORDER BY y.cal_year DESC""")
			.query((rs, n) -> new ScheduledYear(rs.getInt("cal_year"), rs.getString("notice"), rs.getInt("holidays"),
					rs.getInt("workdays"), rs.getInt("revision"), rs.getString("updated_by"),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Adds a year; fails with a duplicate-key error when another node or request added it first. */
	public void insert(YearSchedule schedule, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO calendar_year (cal_year, notice, revision, updated_by, updated_at)
				VALUES (:year, :notice, 1, :by, :at)""")
			.param("year", schedule.year()).param("notice", schedule.notice()).param("by", by)
			.param("at", utc(at)).update();
		insertDates(schedule);
	}

	/** Replaces a year's notice and dates, adding the year if it is missing. */
	public void replace(YearSchedule schedule, String by, Instant at) {
		int updated = jdbc.sql("""
				UPDATE calendar_year SET notice = :notice, revision = revision + 1, updated_by = :by, updated_at = :at
				WHERE cal_year = :year""")
			.param("year", schedule.year()).param("notice", schedule.notice()).param("by", by)
			.param("at", utc(at)).update();
		if (updated == 0) {
			insert(schedule, by, at);
			return;
		}
		jdbc.sql("DELETE FROM calendar_date WHERE cal_year = :year").param("year", schedule.year()).update();
		insertDates(schedule);
	}

	private void insertDates(YearSchedule schedule) {
		schedule.holidays().forEach(day -> insertDate(schedule.year(), day, HOLIDAY));
		schedule.workdays().forEach(day -> insertDate(schedule.year(), day, WORKDAY));
	}

	private void insertDate(int year, LocalDate day, String kind) {
		jdbc.sql("INSERT INTO calendar_date (cal_year, cal_date, date_kind) VALUES (:year, :day, :kind)")
			.param("year", year).param("day", day).param("kind", kind).update();
	}

	static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
