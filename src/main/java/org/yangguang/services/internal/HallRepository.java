package org.yangguang.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The hall: {@code services_window}, {@code services_roster} and {@code services_ticket}. */
@Repository
public class HallRepository {

	private final JdbcClient jdbc;

	HallRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Window(String code, String name, String kind, Long departmentId, boolean open) {

		public boolean comprehensive() {
			return "comprehensive".equals(kind);
		}
	}

	public record Ticket(long id, LocalDate date, String number, String itemCode, long departmentId, String channel,
			LocalTime slot, Long accountId, String status, Instant takenAt, Instant queueAt, Instant calledAt,
			String windowCode, Instant doneAt, String caseNo) {
	}

	public void saveWindow(String code, String name, String kind, Long departmentId, boolean open) {
		int updated = jdbc.sql("""
				UPDATE services_window SET name = :name, kind = :kind, department_id = :department, is_open = :open
				WHERE code = :code""").param("code", code).param("name", name).param("kind", kind)
			.param("department", departmentId).param("open", open).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO services_window (code, name, kind, department_id, is_open)
					VALUES (:code, :name, :kind, :department, :open)""").param("code", code).param("name", name)
				.param("kind", kind).param("department", departmentId).param("open", open).update();
		}
	}

	public List<Window> windows() {
		return jdbc.sql("SELECT * FROM services_window ORDER BY code").query(this::windowRow).list();
	}

	public Optional<Window> window(String code) {
		return jdbc.sql("SELECT * FROM services_window WHERE code = :code").param("code", code).query(this::windowRow)
			.optional();
	}

	public void onDuty(String windowCode, LocalDate day, long accountId, String name) {
		jdbc.sql("""
				INSERT INTO services_roster (window_code, duty_date, account_id, staff_name)
				VALUES (:window, :day, :account, :name) ON CONFLICT DO NOTHING""").param("window", windowCode)
			.param("day", day).param("account", accountId).param("name", name).update();
	}

	/** The staff on duty at the window on the day. */
	public List<String> roster(String windowCode, LocalDate day) {
		return jdbc.sql("SELECT staff_name FROM services_roster WHERE window_code = :window AND duty_date = :day"
				+ " ORDER BY staff_name").param("window", windowCode).param("day", day).query(String.class).list();
	}

	public boolean isOnDuty(long accountId, String windowCode, LocalDate day) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM services_roster WHERE window_code = :window AND duty_date = :day
				AND account_id = :account""").param("window", windowCode).param("day", day).param("account", accountId)
			.query(Long.class).single() > 0;
	}

	public long insertTicket(LocalDate day, String number, String itemCode, long departmentId, String channel,
			LocalTime slot, Long accountId, Instant takenAt, Instant queueAt) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO services_ticket (ticket_date, number, item_code, department_id, channel, slot_time,
					account_id, status, taken_at, queue_at)
				VALUES (:day, :number, :item, :department, :channel, :slot, :account, 'waiting', :taken, :queue)""")
			.param("day", day).param("number", number).param("item", itemCode).param("department", departmentId)
			.param("channel", channel).param("slot", slot).param("account", accountId).param("taken", utc(takenAt))
			.param("queue", utc(queueAt)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<Ticket> ticket(long id) {
		return jdbc.sql("SELECT * FROM services_ticket WHERE id = :id").param("id", id).query(this::ticketRow).optional();
	}

	/** Waiting tickets of the day whose department is among {@code departments} (null: all), in queue order. */
	public List<Ticket> waiting(LocalDate day, Collection<Long> departments) {
		String filter = departments == null ? "" : " AND department_id IN (:departments)";
		var q = jdbc.sql("SELECT * FROM services_ticket WHERE ticket_date = :day AND status = 'waiting'" + filter
				+ " ORDER BY queue_at, id").param("day", day);
		if (departments != null) {
			if (departments.isEmpty()) {
				return List.of();
			}
			q = q.param("departments", departments);
		}
		return q.query(this::ticketRow).list();
	}

	/** Takes a waiting ticket for the window; false when another window called it first. */
	public boolean call(long id, String windowCode, String calledBy, Instant at) {
		return jdbc.sql("""
				UPDATE services_ticket SET status = 'called', window_code = :window, called_by = :by, called_at = :at
				WHERE id = :id AND status = 'waiting'""").param("window", windowCode).param("by", calledBy)
			.param("at", utc(at)).param("id", id).update() == 1;
	}

	public boolean finish(long id, String status, String caseNo, Instant at) {
		return jdbc.sql("""
				UPDATE services_ticket SET status = :status, case_no = COALESCE(:caseNo, case_no), done_at = :at
				WHERE id = :id AND status = 'called'""").param("status", status).param("caseNo", caseNo)
			.param("at", utc(at)).param("id", id).update() == 1;
	}

	public boolean cancel(long id, long accountId) {
		return jdbc.sql("""
				UPDATE services_ticket SET status = 'cancelled' WHERE id = :id AND account_id = :account
				AND status = 'waiting'""").param("id", id).param("account", accountId).update() == 1;
	}

	/** The tickets called on the day, latest first. */
	public List<Ticket> called(LocalDate day, int limit) {
		return jdbc.sql("""
				SELECT * FROM services_ticket WHERE ticket_date = :day AND called_at IS NOT NULL
				ORDER BY called_at DESC, id DESC LIMIT :limit""").param("day", day).param("limit", limit)
			.query(this::ticketRow).list();
	}

	/** How long each ticket done on the day took at the window. */
	public List<Duration> served(LocalDate day) {
		return jdbc.sql("""
				SELECT called_at, done_at FROM services_ticket WHERE ticket_date = :day AND status = 'done'
				AND done_at IS NOT NULL AND called_at IS NOT NULL""").param("day", day)
			.query((rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class),
					rs.getObject(2, OffsetDateTime.class)))
			.list();
	}

	public int booked(LocalDate day, LocalTime slot) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM services_ticket WHERE ticket_date = :day AND slot_time = :slot
				AND channel = 'appointment' AND status <> 'cancelled'""").param("day", day).param("slot", slot)
			.query(Integer.class).single();
	}

	public List<Ticket> ofAccount(long accountId) {
		return jdbc.sql("SELECT * FROM services_ticket WHERE account_id = :account ORDER BY ticket_date DESC, queue_at")
			.param("account", accountId).query(this::ticketRow).list();
	}

	private Window windowRow(ResultSet rs, int n) throws SQLException {
		return new Window(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
				rs.getObject("department_id", Long.class), rs.getBoolean("is_open"));
	}

	private Ticket ticketRow(ResultSet rs, int n) throws SQLException {
		return new Ticket(rs.getLong("id"), rs.getObject("ticket_date", LocalDate.class), rs.getString("number"),
				rs.getString("item_code"), rs.getLong("department_id"), rs.getString("channel"),
				rs.getObject("slot_time", LocalTime.class), rs.getObject("account_id", Long.class),
				rs.getString("status"), instant(rs, "taken_at"), instant(rs, "queue_at"), instant(rs, "called_at"),
				rs.getString("window_code"), instant(rs, "done_at"), rs.getString("case_no"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
