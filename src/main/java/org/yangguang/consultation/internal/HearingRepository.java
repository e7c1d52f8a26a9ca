package org.yangguang.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.consultation.HearingKind;
import org.yangguang.consultation.SelectionRule;

/** Hearings and press conferences ({@code consultation_hearing}) with their registrations. */
@Repository
public class HearingRepository {

	/** One registration, in the order it came. */
	public record Registration(long id, long accountId, String name, String statement, Boolean selected) {
	}

	private final JdbcClient jdbc;

	HearingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Hearing h, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO consultation_hearing (organisation_id, consultation_id, kind, title, held_at, place, capacity,
					selection_rule, registration_closes_on, materials, status, created_by, created_at)
				VALUES (:org, :consultation, :kind, :title, :heldAt, :place, :capacity, :rule, :closes, :materials,
					:status, :by, :now)""")
			.param("org", h.organisationId).param("consultation", h.consultationId).param("kind", h.kind.name())
			.param("title", h.title).param("heldAt", h.heldAt).param("place", h.place).param("capacity", h.capacity)
			.param("rule", h.rule.name()).param("closes", h.registrationClosesOn).param("materials", h.materials)
			.param("status", h.status).param("by", h.createdBy).param("now", ConsultationRepository.utc(now))
			.update(keys, "id");
		h.id = keys.getKey().longValue();
	}

	public void update(Hearing h) {
		jdbc.sql("UPDATE consultation_hearing SET status = :status, selected_on = :selectedOn, transcript = :transcript,"
				+ " video_url = :video WHERE id = :id")
			.param("status", h.status).param("selectedOn", h.selectedOn).param("transcript", h.transcript)
			.param("video", h.videoUrl).param("id", h.id).update();
	}

	public Optional<Hearing> find(long id, boolean forUpdate) {
		return jdbc.sql("SELECT * FROM consultation_hearing WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
			.param("id", id).query(HearingRepository::map).optional();
	}

	public List<Hearing> list(int limit) {
		return jdbc.sql("SELECT * FROM consultation_hearing ORDER BY held_at DESC").query(HearingRepository::map).list()
			.stream().limit(limit).toList();
	}

	public List<Registration> registrations(long hearingId) {
		return jdbc.sql("SELECT id, account_id, name, statement, selected FROM consultation_registration"
				+ " WHERE hearing_id = :id ORDER BY registered_at, id").param("id", hearingId)
			.query((rs, n) -> new Registration(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, Boolean.class)))
			.list();
	}

	/** False when the account had already registered. */
	public boolean register(long hearingId, long accountId, String name, String statement, Instant now) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM consultation_registration WHERE hearing_id = :h AND account_id = :a")
			.param("h", hearingId).param("a", accountId).query(Integer.class).single() > 0;
		if (exists) {
			return false;
		}
		jdbc.sql("INSERT INTO consultation_registration (hearing_id, account_id, name, statement, registered_at)"
				+ " VALUES (:h, :a, :name, :statement, :now)")
			.param("h", hearingId).param("a", accountId).param("name", name).param("statement", statement)
			.param("now", ConsultationRepository.utc(now)).update();
		return true;
	}

	public void markSelected(long hearingId, List<Long> selectedIds) {
		jdbc.sql("UPDATE consultation_registration SET selected = FALSE WHERE hearing_id = :h").param("h", hearingId)
			.update();
		if (!selectedIds.isEmpty()) {
			jdbc.sql("UPDATE consultation_registration SET selected = TRUE WHERE hearing_id = :h AND id IN (:ids)")
				.param("h", hearingId).param("ids", selectedIds).update();
		}
	}

	private static Hearing map(ResultSet rs, int n) throws SQLException {
		Hearing h = new Hearing(rs.getLong("id"), rs.getLong("organisation_id"),
				rs.getObject("consultation_id", Long.class), HearingKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getObject("held_at", LocalDateTime.class), rs.getString("place"),
				rs.getInt("capacity"), SelectionRule.valueOf(rs.getString("selection_rule")),
				rs.getObject("registration_closes_on", LocalDate.class), rs.getString("materials"),
				rs.getString("status"), rs.getString("created_by"));
		h.selectedOn = rs.getObject("selected_on", LocalDate.class);
		h.transcript = rs.getString("transcript");
		h.videoUrl = rs.getString("video_url");
		return h;
	}
}
