package org.yangguang.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.calendar.DeadlineExplanation;
import org.yangguang.calendar.Pause;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.TimeLimitChange;
import org.yangguang.calendar.TimeLimitHistoryEntry;
import org.yangguang.calendar.TimeLimitId;

/**
 * Time limits in {@code calendar_time_limit} (current figures, for queries) and
 * {@code calendar_time_limit_change} (the history the time limit is rebuilt from).
 */
@Repository
public class TimeLimitRepository {

	private static final String COLUMNS = "t.id, t.kind, t.subject_type, t.subject_id, t.version, t.due_date, t.provisional,"
			+ " t.announced_state";

	private final JdbcClient jdbc;

	TimeLimitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public TimeLimitId insert(String kind, String subjectType, String subjectId, TimeLimit limit,
			DeadlineExplanation explanation, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO calendar_time_limit (kind, subject_type, subject_id, start_date, working_days,
				    extension_days, due_date, paused_since, provisional, closed_on, version, created_at, updated_at)
				VALUES (:kind, :subjectType, :subjectId, :start, :workingDays, :extensionDays, :due, :pausedSince,
				    :provisional, :closedOn, 0, :at, :at)""")
			.param("kind", kind).param("subjectType", subjectType).param("subjectId", subjectId)
			.param("start", limit.start()).param("workingDays", limit.workingDays())
			.param("extensionDays", limit.extensionDays()).param("due", explanation.deadline())
			.param("pausedSince", limit.openPause().map(Pause::pausedOn).orElse(null))
			.param("provisional", explanation.provisional()).param("closedOn", limit.closedOn().orElse(null))
			.param("at", YearScheduleRepository.utc(at))
			.update(key, "id");
		TimeLimitId id = new TimeLimitId(key.getKeyAs(Number.class).longValue());
		appendChanges(id, 0, limit.history(), explanation.deadline(), at);
		return id;
	}

	/**
	 * Stores a changed time limit: its current figures and the history entries added since {@code stored}
	 * was read. Fails if someone else changed it meanwhile.
	 */
	public void update(StoredTimeLimit stored, TimeLimit limit, DeadlineExplanation explanation, Instant at) {
		int updated = jdbc.sql("""
				UPDATE calendar_time_limit SET extension_days = :extensionDays, due_date = :due,
				    paused_since = :pausedSince, provisional = :provisional, closed_on = :closedOn,
				    version = version + 1, updated_at = :at
				WHERE id = :id AND version = :version""")
			.param("extensionDays", limit.extensionDays()).param("due", explanation.deadline())
			.param("pausedSince", limit.openPause().map(Pause::pausedOn).orElse(null))
			.param("provisional", explanation.provisional()).param("closedOn", limit.closedOn().orElse(null))
			.param("at", YearScheduleRepository.utc(at)).param("id", stored.id().value())
			.param("version", stored.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("time limit " + stored.id() + " was changed meanwhile");
		}
		int known = stored.history().size();
		appendChanges(stored.id(), known, limit.history().subList(known, limit.history().size()),
				explanation.deadline(), at);
	}

	private void appendChanges(TimeLimitId id, int firstSeq, List<TimeLimitChange> changes, LocalDate deadline,
			Instant at) {
		int seq = firstSeq;
		for (TimeLimitChange change : changes) {
			jdbc.sql("""
					INSERT INTO calendar_time_limit_change (time_limit_id, seq, change_kind, effective_on,
					    working_days, reason, deadline_after, recorded_at)
					VALUES (:id, :seq, :kind, :on, :workingDays, :reason, :deadline, :at)""")
				.param("id", id.value()).param("seq", seq++).param("kind", change.kind().name())
				.param("on", change.on()).param("workingDays", change.workingDays()).param("reason", change.reason())
				.param("deadline", deadline).param("at", YearScheduleRepository.utc(at))
				.update();
		}
	}

	public Optional<StoredTimeLimit> find(TimeLimitId id) {
		return load("t.id = :id", Map.of("id", id.value())).stream().findFirst();
	}

	public List<StoredTimeLimit> findOpen() {
		return load("t.closed_on IS NULL", Map.of());
	}

	public List<StoredTimeLimit> findBySubject(String subjectType, String subjectId) {
		return load("t.subject_type = :type AND t.subject_id = :subject",
				Map.of("type", subjectType, "subject", subjectId));
	}

	/** Open, running time limits whose deadline is on or before {@code day}. */
	public List<StoredTimeLimit> findRunningDueBy(LocalDate day) {
		return load("t.closed_on IS NULL AND t.due_date <= :day", Map.of("day", day));
	}

	/**
	 * Records that {@code state} was announced for a time limit whose last announced state is still
	 * {@code expected}; false when another node (or an earlier run) already changed it. The row lock taken here
	 * makes concurrent sweeps wait for each other, and the loser sees the winner's value.
	 */
	public boolean announce(TimeLimitId id, String expected, String state) {
		return jdbc.sql("""
				UPDATE calendar_time_limit SET announced_state = :state
				WHERE id = :id AND closed_on IS NULL AND COALESCE(announced_state, '-') = :expected""")
			.param("state", state).param("id", id.value()).param("expected", expected == null ? "-" : expected)
			.update() == 1;
	}

	private List<StoredTimeLimit> load(String where, Map<String, Object> params) {
		// the rows first: a row and its first history entries are committed together, so none lacks its history
		List<StoredTimeLimit> rows = jdbc.sql("SELECT " + COLUMNS + " FROM calendar_time_limit t WHERE " + where
				+ " ORDER BY t.id")
			.params(params)
			.query((rs, n) -> new StoredTimeLimit(new TimeLimitId(rs.getLong("id")), rs.getString("kind"),
					rs.getString("subject_type"), rs.getString("subject_id"), rs.getInt("version"),
					rs.getObject("due_date", LocalDate.class), rs.getBoolean("provisional"),
					rs.getString("announced_state"), List.of()))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<TimeLimitHistoryEntry>> histories = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT c.time_limit_id, c.change_kind, c.effective_on, c.working_days, c.reason, c.deadline_after,
				       c.recorded_at
				FROM calendar_time_limit_change c JOIN calendar_time_limit t ON t.id = c.time_limit_id
				WHERE %s ORDER BY c.time_limit_id, c.seq""".formatted(where))
			.params(params)
			.query(rs -> {
				histories.computeIfAbsent(rs.getLong("time_limit_id"), id -> new ArrayList<>())
					.add(new TimeLimitHistoryEntry(
							new TimeLimitChange(TimeLimitChange.Kind.valueOf(rs.getString("change_kind")),
									rs.getObject("effective_on", LocalDate.class), rs.getInt("working_days"),
									rs.getString("reason")),
							rs.getObject("deadline_after", LocalDate.class),
							rs.getObject("recorded_at", OffsetDateTime.class).toInstant()));
			});
		return rows.stream().map(row -> row.withHistory(histories.getOrDefault(row.id().value(), List.of())))
			.toList();
	}
}
