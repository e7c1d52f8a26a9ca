package org.yangguang.appeals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.appeals.AppealChannel;
import org.yangguang.appeals.AppealEvent;
import org.yangguang.appeals.AppealStatus;
import org.yangguang.appeals.AppealType;
import org.yangguang.appeals.Caller;

/** Tickets in {@code appeals_ticket} with their history ({@code appeals_event}) and 督办 orders. */
@Repository
public class TicketRepository {

	private static final String COLUMNS = """
			status = :status, department_id = :department, via_township_id = :via, dispatched_on = :dispatchedOn,
			accepted_on = :acceptedOn, replied_on = :repliedOn, closed_on = :closedOn, reply = :reply, rating = :rating,
			reopened = :reopened, escalated = :escalated, linked_ticket_no = :linked, converted_to = :converted,
			route_note = :route, revisit = :revisit, extension_days = :extDays, extension_reason = :extReason,
			extension_status = :extStatus, updated_at = :now""";

	private final JdbcClient jdbc;

	TicketRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Ticket t, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Caller c = t.caller() == null ? new Caller(null, null, null) : t.caller();
		jdbc.sql("""
				INSERT INTO appeals_ticket (ticket_no, appeal_type, channel, status, title, content, received_on,
					public_consent, confidential, citizen_account_id, caller_name, caller_phone, caller_address, location,
					latitude, longitude, registered_by, reopened, escalated, version, created_at, updated_at)
				VALUES (:no, :type, :channel, :status, :title, :content, :received, :consent, :confidential, :account,
					:name, :phone, :address, :location, :lat, :lon, :by, 0, FALSE, 0, :now, :now)""")
			.param("no", t.ticketNo()).param("type", t.type().name()).param("channel", t.channel().name())
			.param("status", t.status().name()).param("title", t.title()).param("content", t.content())
			.param("received", t.receivedOn()).param("consent", t.publicConsent()).param("confidential", t.confidential())
			.param("account", t.citizenAccountId()).param("name", c.name()).param("phone", c.phone())
			.param("address", c.address()).param("location", t.location()).param("lat", t.latitude())
			.param("lon", t.longitude()).param("by", t.registeredBy()).param("now", utc(now)).update(keys, "id");
		t.id = keys.getKey().longValue();
		return t.id;
	}

	public void update(Ticket t, Instant now) {
		jdbc.sql("UPDATE appeals_ticket SET " + COLUMNS + ", version = version + 1 WHERE id = :id")
			.params(values(t, now)).param("id", t.id()).update();
	}

	private static Map<String, Object> values(Ticket t, Instant now) {
		Map<String, Object> v = new HashMap<>();
		v.put("status", t.status().name());
		v.put("department", t.departmentId());
		v.put("via", t.viaTownshipId());
		v.put("dispatchedOn", t.dispatchedOn());
		v.put("acceptedOn", t.acceptedOn());
		v.put("repliedOn", t.repliedOn());
		v.put("closedOn", t.closedOn());
		v.put("reply", t.reply());
		v.put("rating", t.rating());
		v.put("reopened", t.reopened());
		v.put("escalated", t.escalated());
		v.put("linked", t.linkedTicketNo());
		v.put("converted", t.convertedTo());
		v.put("route", t.routeNote());
		v.put("revisit", t.revisitNote());
		v.put("extDays", t.extensionDays());
		v.put("extReason", t.extensionReason);
		v.put("extStatus", t.extensionStatus());
		v.put("now", utc(now));
		return v;
	}

	public void appendEvents(long ticketId, List<Ticket.Happened> happened, Instant now) {
		int next = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM appeals_event WHERE ticket_id = :id").param("id", ticketId)
			.query(Integer.class).single();
		for (Ticket.Happened h : happened) {
			jdbc.sql("""
					INSERT INTO appeals_event (ticket_id, seq, action, on_date, recorded_at, actor, department_id, note)
					VALUES (:id, :seq, :action, :on, :at, :actor, :department, :note)""")
				.param("id", ticketId).param("seq", ++next).param("action", h.action()).param("on", h.on())
				.param("at", utc(now)).param("actor", h.actor()).param("department", h.departmentId())
				.param("note", h.note()).update();
		}
	}

	public List<AppealEvent> events(long ticketId) {
		return jdbc.sql("SELECT * FROM appeals_event WHERE ticket_id = :id ORDER BY seq").param("id", ticketId)
			.query((rs, n) -> new AppealEvent(rs.getInt("seq"), rs.getString("action"),
					rs.getObject("on_date", LocalDate.class), rs.getString("actor"),
					rs.getObject("department_id", Long.class), rs.getString("note")))
			.list();
	}

	public Optional<Ticket> find(String ticketNo) {
		return jdbc.sql("SELECT * FROM appeals_ticket WHERE ticket_no = :no").param("no", ticketNo).query(this::row)
			.optional();
	}

	public Optional<Ticket> findForUpdate(String ticketNo) {
		return jdbc.sql("SELECT * FROM appeals_ticket WHERE ticket_no = :no FOR UPDATE").param("no", ticketNo)
			.query(this::row).optional();
	}

	/** Tickets by filter, newest first: departments (null: all), statuses (empty: all), the citizen (null: any). */
	public List<Ticket> list(Collection<Long> departments, Collection<AppealStatus> statuses, Long citizen, int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM appeals_ticket WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (departments != null) {
			if (departments.isEmpty()) {
				return List.of();
			}
			sql.append(" AND department_id IN (:departments)");
			params.put("departments", departments);
		}
		if (!statuses.isEmpty()) {
			sql.append(" AND status IN (:statuses)");
			params.put("statuses", statuses.stream().map(Enum::name).toList());
		}
		if (citizen != null) {
			sql.append(" AND citizen_account_id = :citizen");
			params.put("citizen", citizen);
		}
		sql.append(" ORDER BY id DESC LIMIT :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(this::row).list();
	}

	/** Earlier tickets of the same caller (phone or account) received since {@code since}. */
	public List<Ticket> sameCaller(String phone, Long account, LocalDate since, String excludeNo) {
		if (phone == null && account == null) {
			return List.of();
		}
		String who = phone != null && account != null ? "(caller_phone = :phone OR citizen_account_id = :account)"
				: phone != null ? "caller_phone = :phone" : "citizen_account_id = :account";
		var q = jdbc.sql("SELECT * FROM appeals_ticket WHERE received_on >= :since AND ticket_no <> :no AND " + who
				+ " ORDER BY id").param("since", since).param("no", excludeNo);
		if (phone != null) {
			q = q.param("phone", phone);
		}
		if (account != null) {
			q = q.param("account", account);
		}
		return q.query(this::row).list();
	}

	/** Tickets of the departments answered on the Q&A wall: replied or closed, with the citizen's consent. */
	public List<Ticket> wall(String words, int limit) {
		String filter = words == null || words.isBlank() ? "" : " AND (title LIKE :words OR content LIKE :words OR reply LIKE :words OR ticket_no LIKE :words)";
		var q = jdbc.sql("SELECT * FROM appeals_ticket WHERE public_consent = TRUE AND status IN ('REPLIED', 'CLOSED')"
				+ filter + " ORDER BY replied_on DESC, id DESC LIMIT :limit").param("limit", limit);
		if (!filter.isEmpty()) {
			q = q.param("words", "%" + words.strip() + "%");
		}
		return q.query(this::row).list();
	}

	public List<Ticket> wallAfter(String afterNo, int limit) {
		return jdbc.sql("""
				SELECT * FROM appeals_ticket WHERE public_consent = TRUE AND status IN ('REPLIED', 'CLOSED')
				AND ticket_no > :after ORDER BY ticket_no LIMIT :limit""").param("after", afterNo == null ? "" : afterNo)
			.param("limit", limit).query(this::row).list();
	}

	/** Tickets received in the period (excluding out-of-scope and converted ones), per department (null: all). */
	public List<Ticket> received(Long departmentId, LocalDate from, LocalDate to) {
		String dept = departmentId == null ? "" : " AND department_id = :dept";
		var q = jdbc.sql("SELECT * FROM appeals_ticket WHERE received_on BETWEEN :from AND :to"
				+ " AND status NOT IN ('OUT_OF_SCOPE', 'CONVERTED')" + dept).param("from", from).param("to", to);
		if (departmentId != null) {
			q = q.param("dept", departmentId);
		}
		return q.query(this::row).list();
	}

	/**
	 * Open311 search: tickets received in the period, of a type (null: all), open or closed (null: both), or with the
	 * given numbers (then the other filters are ignored, as GeoReport v2 says), newest first, at most {@code limit}.
	 */
	public List<Ticket> open311(LocalDate from, LocalDate to, String type, Boolean open, List<String> numbers,
			int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM appeals_ticket WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (numbers != null && !numbers.isEmpty()) {
			sql.append(" AND ticket_no IN (:numbers)");
			params.put("numbers", numbers);
		}
		else {
			sql.append(" AND received_on BETWEEN :from AND :to");
			params.put("from", from);
			params.put("to", to);
			if (type != null) {
				sql.append(" AND appeal_type = :type");
				params.put("type", type);
			}
			if (open != null) {
				sql.append(open ? " AND status NOT IN ('CLOSED', 'OUT_OF_SCOPE', 'CONVERTED')"
						: " AND status IN ('CLOSED', 'OUT_OF_SCOPE', 'CONVERTED')");
			}
		}
		sql.append(" ORDER BY id DESC LIMIT :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(this::row).list();
	}

	/** A step of a ticket for Open311's service request updates. */
	public record Update(long ticketId, String ticketNo, int seq, String action, String note, Instant at,
			AppealStatus statusNow) {
	}

	public List<Update> updates(Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT e.ticket_id, t.ticket_no, e.seq, e.action, e.note, e.recorded_at, t.status FROM appeals_event e
				JOIN appeals_ticket t ON t.id = e.ticket_id WHERE e.recorded_at BETWEEN :from AND :to
				ORDER BY e.recorded_at, e.ticket_id, e.seq LIMIT :limit""").param("from", utc(from)).param("to", utc(to))
			.param("limit", limit)
			.query((rs, n) -> new Update(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, OffsetDateTime.class).toInstant(), AppealStatus.valueOf(rs.getString(7))))
			.list();
	}

	public void insertSupervision(long ticketId, LocalDate on, String by, String note, int days, LocalDate due) {
		jdbc.sql("""
				INSERT INTO appeals_supervision (ticket_id, issued_on, issued_by, note, working_days, due_on)
				VALUES (:id, :on, :by, :note, :days, :due)""").param("id", ticketId).param("on", on).param("by", by)
			.param("note", note).param("days", days).param("due", due).update();
	}

	private Ticket row(ResultSet rs, int n) throws SQLException {
		Ticket t = new Ticket(rs.getLong("id"), rs.getString("ticket_no"), AppealType.valueOf(rs.getString("appeal_type")),
				AppealChannel.valueOf(rs.getString("channel")), rs.getString("title"), rs.getString("content"),
				rs.getObject("received_on", LocalDate.class), rs.getBoolean("public_consent"),
				rs.getBoolean("confidential"), rs.getObject("citizen_account_id", Long.class),
				new Caller(rs.getString("caller_name"), rs.getString("caller_phone"), rs.getString("caller_address")),
				rs.getString("location"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
				rs.getString("registered_by"), AppealStatus.valueOf(rs.getString("status")));
		t.departmentId = rs.getObject("department_id", Long.class);
		t.viaTownshipId = rs.getObject("via_township_id", Long.class);
		t.dispatchedOn = rs.getObject("dispatched_on", LocalDate.class);
		t.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
		t.repliedOn = rs.getObject("replied_on", LocalDate.class);
		t.closedOn = rs.getObject("closed_on", LocalDate.class);
		t.reply = rs.getString("reply");
		t.rating = rs.getString("rating");
		t.reopened = rs.getInt("reopened");
		t.escalated = rs.getBoolean("escalated");
		t.linkedTicketNo = rs.getString("linked_ticket_no");
		t.convertedTo = rs.getString("converted_to");
		t.routeNote = rs.getString("route_note");
		t.revisit = rs.getString("revisit");
		t.extensionDays = rs.getObject("extension_days", Integer.class);
		t.extensionReason = rs.getString("extension_reason");
		t.extensionStatus = rs.getString("extension_status");
		t.createdAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
		t.updatedAt = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
		return t;
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
