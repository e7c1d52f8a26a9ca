package org.yangguang.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.meetings.TaskState;
import org.yangguang.meetings.TaskView;

/** Follow-up tasks in {@code meetings_task} with their history ({@code meetings_task_event}). */
@Repository
public class TaskRepository {

	private final JdbcClient jdbc;

	TaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(FollowUpTask t, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO meetings_task (minutes_id, item_seq, lead_org_id, decision, state, version, created_at,
					updated_at) VALUES (:minutes, :seq, :lead, :decision, :state, 0, :now, :now)""")
			.param("minutes", t.minutesId()).param("seq", t.itemSeq()).param("lead", t.leadOrgId())
			.param("decision", t.decision()).param("state", t.state().name()).param("now", utc(now))
			.update(keys, "id");
		t.id = keys.getKey().longValue();
		return t.id;
	}

	public void update(FollowUpTask t, Instant now) {
		Map<String, Object> v = new HashMap<>();
		v.put("state", t.state().name());
		v.put("limit", t.timeLimitId);
		v.put("due", t.dueOn());
		v.put("done", t.doneOn());
		v.put("extDays", t.extensionDays());
		v.put("extReason", t.extensionReason());
		v.put("extStatus", t.extensionStatus());
		v.put("now", utc(now));
		v.put("id", t.id());
		jdbc.sql("""
				UPDATE meetings_task SET state = :state, time_limit_id = :limit, due_on = :due, done_on = :done,
					extension_days = :extDays, extension_reason = :extReason, extension_status = :extStatus,
					updated_at = :now, version = version + 1 WHERE id = :id""").params(v).update();
	}

	public void appendEvents(long taskId, List<FollowUpTask.Happened> happened, Instant now) {
		int next = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM meetings_task_event WHERE task_id = :id")
			.param("id", taskId).query(Integer.class).single();
		for (FollowUpTask.Happened h : happened) {
			jdbc.sql("""
					INSERT INTO meetings_task_event (task_id, seq, action, on_date, recorded_at, actor, note)
					VALUES (:id, :seq, :action, :on, :at, :actor, :note)""").param("id", taskId).param("seq", ++next)
				.param("action", h.action()).param("on", h.on()).param("at", utc(now)).param("actor", h.actor())
				.param("note", h.note()).update();
		}
	}

	public List<TaskView.TaskEvent> events(long taskId) {
		return jdbc.sql("SELECT * FROM meetings_task_event WHERE task_id = :id ORDER BY seq").param("id", taskId)
			.query((rs, n) -> new TaskView.TaskEvent(rs.getInt("seq"), rs.getString("action"),
					rs.getObject("on_date", LocalDate.class), rs.getString("actor"), rs.getString("note")))
			.list();
	}

	public Optional<FollowUpTask> find(long id) {
		return jdbc.sql("SELECT * FROM meetings_task WHERE id = :id").param("id", id).query(this::row).optional();
	}

	public Optional<FollowUpTask> findForUpdate(long id) {
		return jdbc.sql("SELECT * FROM meetings_task WHERE id = :id FOR UPDATE").param("id", id).query(this::row)
			.optional();
	}

	public List<FollowUpTask> ofMinutes(long minutesId) {
		return jdbc.sql("SELECT * FROM meetings_task WHERE minutes_id = :id ORDER BY item_seq").param("id", minutesId)
			.query(this::row).list();
	}

	/** Tasks of the lead units (null: all) in the states (empty: all), soonest due first. */
	public List<FollowUpTask> list(Collection<Long> leads, Collection<TaskState> states, int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM meetings_task WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (leads != null) {
			if (leads.isEmpty()) {
				return List.of();
			}
			sql.append(" AND lead_org_id IN (:leads)");
			params.put("leads", leads);
		}
		if (!states.isEmpty()) {
			sql.append(" AND state IN (:states)");
			params.put("states", states.stream().map(Enum::name).toList());
		}
		sql.append(" ORDER BY due_on, id LIMIT :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(this::row).list();
	}

	private FollowUpTask row(ResultSet rs, int n) throws SQLException {
		FollowUpTask t = new FollowUpTask(rs.getLong("id"), rs.getLong("minutes_id"), rs.getInt("item_seq"),
				rs.getLong("lead_org_id"), rs.getString("decision"), TaskState.valueOf(rs.getString("state")));
		t.timeLimitId = rs.getObject("time_limit_id", Long.class);
		t.dueOn = rs.getObject("due_on", LocalDate.class);
		t.doneOn = rs.getObject("done_on", LocalDate.class);
		t.extensionDays = rs.getObject("extension_days", Integer.class);
		t.extensionReason = rs.getString("extension_reason");
		t.extensionStatus = rs.getString("extension_status");
		return t;
	}

	private static java.time.OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
