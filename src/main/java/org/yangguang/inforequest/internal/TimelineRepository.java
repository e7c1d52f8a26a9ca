package org.yangguang.inforequest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.inforequest.TimelineEntry;

/** 办理过程 in {@code inforequest_event}: appended, never changed. */
@Repository
public class TimelineRepository {

	private final JdbcClient jdbc;

	TimelineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(long requestId, List<Happened> steps, Instant at) {
		for (Happened h : steps) {
			jdbc.sql("""
					INSERT INTO inforequest_event (request_id, action, effective_on, recorded_at, actor, detail,
					    related_date, related_number, notice)
					VALUES (:request, :action, :on, :at, :actor, :detail, :date, :number, :notice)""")
				.param("request", requestId).param("action", h.action()).param("on", h.on())
				.param("at", RequestRepository.utc(at)).param("actor", h.actor()).param("detail", h.detail())
				.param("date", h.date()).param("number", h.number()).param("notice", h.notice())
				.update();
		}
	}

	public List<TimelineEntry> find(long requestId) {
		return jdbc.sql("""
				SELECT action, effective_on, recorded_at, actor, detail, related_date, related_number, notice
				FROM inforequest_event WHERE request_id = :request ORDER BY id""")
			.param("request", requestId)
			.query((rs, n) -> new TimelineEntry(rs.getString("action"), rs.getObject("effective_on", LocalDate.class),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("detail"), rs.getObject("related_date", LocalDate.class),
					rs.getString("related_number"), rs.getBoolean("notice")))
			.list();
	}
}
