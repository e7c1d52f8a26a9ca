package org.yangguang.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.services.RatingStatus;

/** Ratings in {@code services_rating}; one per case and channel (the unique key refuses a second). */
@Repository
public class RatingRepository {

	private final JdbcClient jdbc;

	RatingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Stored(long id, long caseId, String caseNo, String channel, int level, String comment,
			LocalDate ratedOn, Long raterAccountId, boolean realName, long departmentId, String itemCode,
			RatingStatus status, LocalDate rectifyDue, String handlingNote, LocalDate handledOn, String returnVisit,
			String appealReason) {
	}

	/** @return the new rating's id, or empty when the case already has a rating on that channel */
	public Optional<Long> insert(long caseId, String channel, int level, String comment, Instant at, LocalDate on,
			Long rater, boolean realName, long departmentId, String itemCode, String windowHolder, RatingStatus status,
			LocalDate rectifyDue) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO services_rating (case_id, channel, level, comment, rated_at, rated_on, rater_account_id,
						real_name, department_id, item_code, window_holder, status, rectify_due)
					VALUES (:caseId, :channel, :level, :comment, :at, :on, :rater, :realName, :department, :item, :window,
						:status, :due)""")
				.param("caseId", caseId).param("channel", channel).param("level", level).param("comment", comment)
				.param("at", at.atOffset(ZoneOffset.UTC)).param("on", on).param("rater", rater)
				.param("realName", realName).param("department", departmentId).param("item", itemCode)
				.param("window", windowHolder).param("status", status.name()).param("due", rectifyDue)
				.update(keys, "id");
		}
		catch (DuplicateKeyException e) {
			return Optional.empty();
		}
		return Optional.of(keys.getKey().longValue());
	}

	public Optional<Stored> find(long id) {
		return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(this::row).optional();
	}

	public Optional<Stored> findForUpdate(long id) {
		return jdbc.sql("SELECT id FROM services_rating WHERE id = :id FOR UPDATE").param("id", id).query(Long.class)
			.optional().flatMap(this::find);
	}

	public void update(long id, RatingStatus status, String handlingNote, LocalDate handledOn, String returnVisit,
			String appealReason) {
		jdbc.sql("""
				UPDATE services_rating SET status = :status, handling_note = :note, handled_on = :on,
					return_visit = :visit, appeal_reason = :appeal WHERE id = :id""")
			.param("status", status.name()).param("note", handlingNote).param("on", handledOn)
			.param("visit", returnVisit).param("appeal", appealReason).param("id", id).update();
	}

	public List<Stored> ofCase(long caseId) {
		return jdbc.sql(SELECT + " WHERE r.case_id = :id ORDER BY r.id").param("id", caseId).query(this::row).list();
	}

	/** Bad ratings (levels 1–2) of the departments (null: all), newest first: the rectification list. */
	public List<Stored> bad(java.util.Collection<Long> departments, int limit) {
		String where = departments == null ? "" : " AND r.department_id IN (:departments)";
		var q = jdbc.sql(SELECT + " WHERE r.level <= 2" + where + " ORDER BY r.rated_on DESC, r.id DESC LIMIT :limit")
			.param("limit", limit);
		if (departments != null) {
			if (departments.isEmpty()) {
				return List.of();
			}
			q = q.param("departments", departments);
		}
		return q.query(this::row).list();
	}

	/** Counted ratings (not removed) of cases submitted in the period: total and bad. */
	public long[] counts(Long departmentId, LocalDate from, LocalDate to) {
		String dept = departmentId == null ? "" : " AND r.department_id = :dept";
		var q = jdbc.sql("""
				SELECT COUNT(*) AS total, SUM(CASE WHEN r.level <= 2 THEN 1 ELSE 0 END) AS bad
				FROM services_rating r WHERE r.status <> 'REMOVED' AND r.rated_on BETWEEN :from AND :to""" + dept)
			.param("from", from).param("to", to);
		if (departmentId != null) {
			q = q.param("dept", departmentId);
		}
		return q.query((rs, n) -> new long[] { rs.getLong("total"), rs.getLong("bad") }).single();
	}

	/** Per department, window or item: count, bad and the sum of levels of counted ratings in the period. */
	public record Group(String key, long count, long bad, long levels) {
	}

	public List<Group> groups(String column, LocalDate from, LocalDate to) {
		if (!List.of("department_id", "window_holder", "item_code").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		return jdbc.sql("SELECT CAST(" + column + " AS VARCHAR(100)) AS k, COUNT(*) AS total,"
				+ " SUM(CASE WHEN level <= 2 THEN 1 ELSE 0 END) AS bad, SUM(level) AS levels FROM services_rating"
				+ " WHERE status <> 'REMOVED' AND rated_on BETWEEN :from AND :to AND " + column + " IS NOT NULL"
				+ " GROUP BY " + column + " ORDER BY total DESC")
			.param("from", from).param("to", to)
			.query((rs, n) -> new Group(rs.getString("k"), rs.getLong("total"), rs.getLong("bad"), rs.getLong("levels")))
			.list();
	}

	private static final String SELECT = """
			SELECT r.*, c.case_no FROM services_rating r JOIN services_case c ON c.id = r.case_id""";

	private Stored row(ResultSet rs, int n) throws SQLException {
		return new Stored(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_no"), rs.getString("channel"),
				rs.getInt("level"), rs.getString("comment"), rs.getObject("rated_on", LocalDate.class),
				rs.getObject("rater_account_id", Long.class), rs.getBoolean("real_name"), rs.getLong("department_id"),
				rs.getString("item_code"), RatingStatus.valueOf(rs.getString("status")),
				rs.getObject("rectify_due", LocalDate.class), rs.getString("handling_note"),
				rs.getObject("handled_on", LocalDate.class), rs.getString("return_visit"),
				rs.getString("appeal_reason"));
	}
}
