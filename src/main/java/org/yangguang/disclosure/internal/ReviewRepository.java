package org.yangguang.disclosure.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.disclosure.HistoryEntry;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.ReviewRecord;
import org.yangguang.disclosure.VersionState;

/** The {@code disclosure_review} and {@code disclosure_history} tables: append-only records of a document. */
@Repository
class ReviewRepository {

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertReview(long versionId, String decision, String comment, boolean confidentiality, boolean accuracy,
			long reviewerId, String reviewerName, Instant at) {
		jdbc.sql("INSERT INTO disclosure_review (version_id, decision, comment, confidentiality_checked,"
				+ " accuracy_checked, reviewer_id, reviewer_name, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(versionId, decision, comment, confidentiality, accuracy, reviewerId, reviewerName, Rows.utc(at))
			.update();
	}

	List<ReviewRecord> reviews(long documentId) {
		return jdbc.sql("""
				SELECT r.id, v.version_no, r.decision, r.comment, r.confidentiality_checked, r.accuracy_checked,
				  r.reviewer_name, r.reviewed_at
				FROM disclosure_review r JOIN disclosure_version v ON v.id = r.version_id
				WHERE v.document_id = ? ORDER BY r.reviewed_at, r.id""")
			.param(documentId)
			.query((rs, n) -> new ReviewRecord(rs.getLong("id"), rs.getInt("version_no"), rs.getString("decision"),
					rs.getString("comment"), rs.getBoolean("confidentiality_checked"),
					rs.getBoolean("accuracy_checked"), rs.getString("reviewer_name"), Rows.instant(rs, "reviewed_at")))
			.list();
	}

	/** The latest "return" reason of a version, for the author. */
	String lastReturnReason(long versionId) {
		return jdbc.sql("SELECT comment FROM disclosure_review WHERE version_id = ? AND decision = 'return'"
				+ " ORDER BY reviewed_at DESC, id DESC").param(versionId).query(String.class).list().stream()
			.findFirst().orElse(null);
	}

	void history(long documentId, int versionNo, String action, VersionState from, VersionState to, String actor,
			Instant at, String reason) {
		jdbc.sql("INSERT INTO disclosure_history (document_id, version_no, action, from_state, to_state, actor_name,"
				+ " occurred_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(documentId, versionNo, action, from == null ? null : from.key(), to.key(), actor, Rows.utc(at),
					reason)
			.update();
	}

	List<HistoryEntry> history(long documentId) {
		return jdbc.sql("SELECT version_no, action, from_state, to_state, actor_name, occurred_at, reason"
				+ " FROM disclosure_history WHERE document_id = ? ORDER BY occurred_at, id").param(documentId)
			.query((rs, n) -> new HistoryEntry(rs.getInt("version_no"), rs.getString("action"),
					Keyed.parse(VersionState.class, rs.getString("from_state")).orElse(null),
					Keyed.parse(VersionState.class, rs.getString("to_state")).orElseThrow(), rs.getString("actor_name"),
					Rows.instant(rs, "occurred_at"), rs.getString("reason")))
			.list();
	}
}
