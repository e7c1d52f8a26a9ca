package org.yangguang.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.disclosure.Classification;
import org.yangguang.disclosure.DocumentRow;
import org.yangguang.disclosure.DocumentStatus;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.VersionContent;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.disclosure.VersionState;
import org.yangguang.disclosure.WithholdingGround;

/**
 * The {@code disclosure_document} and {@code disclosure_version} tables. Content is only ever updated on a
 * version in {@code draft} or {@code returned}: the WHERE clause of {@link #updateContent} is the database's half
 * of the immutability of published versions.
 */
@Repository
class DocumentRepository {

	static final String DOCUMENT_COLUMNS = "d.id, d.organisation_id, d.index_no, d.status, d.current_version,"
			+ " d.working_version, d.report_year, d.first_published_at, d.withdrawn_at, d.withdrawn_reason,"
			+ " d.repealed_on, d.repeal_reason, d.created_at, d.updated_at, d.valid_until";

	static final String VERSION_COLUMNS = "v.id AS v_id, v.document_id, v.version_no, v.state, v.column_id, v.title,"
			+ " v.doc_no, v.written_on, v.formed_on, v.topic, v.genre, v.keywords, v.summary, v.source,"
			+ " v.classification, v.withholding_ground, v.body_html, v.body_text, v.interprets_id, v.change_note,"
			+ " v.author_id, v.author_name, v.created_at AS v_created_at, v.updated_at AS v_updated_at,"
			+ " v.submitted_at, v.reviewer_id, v.reviewer_name, v.reviewed_at, v.published_at, v.published_on,"
			+ " v.publisher_name, v.publication_deadline, v.published_late, v.content_sha256, v.ended_at";

	private final JdbcClient jdbc;

	DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertDocument(long organisationId, Integer reportYear, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO disclosure_document (organisation_id, status, working_version, report_year, created_at,"
				+ " updated_at) VALUES (?, 'unpublished', 1, ?, ?, ?)")
			.params(organisationId, reportYear, Rows.utc(now), Rows.utc(now)).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	long insertVersion(long documentId, int versionNo, VersionContent c, Long authorId, String authorName,
			Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO disclosure_version (document_id, version_no, state, column_id, title, doc_no, written_on,
				  formed_on, topic, genre, keywords, summary, source, classification, withholding_ground, body_html,
				  body_text, interprets_id, change_note, author_id, author_name, created_at, updated_at)
				VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, versionNo, c.columnId(), c.title(), c.docNo(), c.writtenOn(), c.formedOn(),
					c.topic().key(), c.genre().key(), c.keywords(), c.summary(), c.source(), c.classification().key(),
					c.withholdingGround() == null ? null : c.withholdingGround().key(), c.bodyHtml(), c.bodyText(),
					c.interpretsId(), c.changeNote(), authorId, authorName, Rows.utc(now), Rows.utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Updates a draft's content; returns false (nothing changed) for any version that is not editable. */
	boolean updateContent(long versionId, VersionContent c, Instant now) {
		return jdbc.sql("""
				UPDATE disclosure_version SET column_id = ?, title = ?, doc_no = ?, written_on = ?, formed_on = ?,
				  topic = ?, genre = ?, keywords = ?, summary = ?, source = ?, classification = ?,
				  withholding_ground = ?, body_html = ?, body_text = ?, interprets_id = ?, change_note = ?,
				  updated_at = ?
				WHERE id = ? AND state IN ('draft', 'returned')""")
			.params(c.columnId(), c.title(), c.docNo(), c.writtenOn(), c.formedOn(), c.topic().key(), c.genre().key(),
					c.keywords(), c.summary(), c.source(), c.classification().key(),
					c.withholdingGround() == null ? null : c.withholdingGround().key(), c.bodyHtml(), c.bodyText(),
					c.interpretsId(), c.changeNote(), Rows.utc(now), versionId)
			.update() == 1;
	}

	Optional<DocumentRow> find(long id) {
		return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM disclosure_document d WHERE d.id = ?").param(id)
			.query(DocumentRepository::mapDocument).optional();
	}

	/** The document, locked until the end of the transaction: transitions of one document are serialised. */
	Optional<DocumentRow> lock(long id) {
		return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM disclosure_document d WHERE d.id = ? FOR UPDATE")
			.param(id).query(DocumentRepository::mapDocument).optional();
	}

	void validUntil(long documentId, LocalDate validUntil, Instant now) {
		jdbc.sql("UPDATE disclosure_document SET valid_until = ?, updated_at = ? WHERE id = ?")
			.params(validUntil, Rows.utc(now), documentId).update();
	}

	Optional<DocumentRow> findAnnualReport(long organisationId, int year) {
		return jdbc.sql("SELECT " + DOCUMENT_COLUMNS
				+ " FROM disclosure_document d WHERE d.organisation_id = ? AND d.report_year = ?")
			.params(organisationId, year).query(DocumentRepository::mapDocument).optional();
	}

	Optional<VersionRow> findVersion(long documentId, int versionNo) {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM disclosure_version v WHERE v.document_id = ?"
				+ " AND v.version_no = ?").params(documentId, versionNo).query(DocumentRepository::mapVersion)
			.optional();
	}

	Optional<VersionRow> findVersionById(long versionId) {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM disclosure_version v WHERE v.id = ?").param(versionId)
			.query(DocumentRepository::mapVersion).optional();
	}

	List<VersionRow> findVersions(long documentId) {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM disclosure_version v WHERE v.document_id = ?"
				+ " ORDER BY v.version_no").param(documentId).query(DocumentRepository::mapVersion).list();
	}

	void submitted(long versionId, Instant now) {
		jdbc.sql("UPDATE disclosure_version SET state = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?")
			.params(Rows.utc(now), Rows.utc(now), versionId).update();
	}

	void reviewed(long versionId, VersionState state, long reviewerId, String reviewerName, Instant now) {
		jdbc.sql("UPDATE disclosure_version SET state = ?, reviewer_id = ?, reviewer_name = ?, reviewed_at = ?,"
				+ " updated_at = ? WHERE id = ?")
			.params(state.key(), reviewerId, reviewerName, Rows.utc(now), Rows.utc(now), versionId).update();
	}

	void published(long versionId, Instant at, LocalDate on, String publisher, LocalDate deadline, boolean late,
			String sha256) {
		jdbc.sql("UPDATE disclosure_version SET state = 'published', published_at = ?, published_on = ?,"
				+ " publisher_name = ?, publication_deadline = ?, published_late = ?, content_sha256 = ?,"
				+ " updated_at = ? WHERE id = ? AND state = 'reviewed'")
			.params(Rows.utc(at), on, publisher, deadline, late, sha256, Rows.utc(at), versionId).update();
	}

	/** A published or prepared version ends: superseded, withdrawn or repealed. */
	void ended(long versionId, VersionState state, Instant at) {
		jdbc.sql("UPDATE disclosure_version SET state = ?, ended_at = ?, updated_at = ? WHERE id = ?")
			.params(state.key(), Rows.utc(at), Rows.utc(at), versionId).update();
	}

	void afterPublication(long documentId, String indexNo, int version, long columnId, Instant at) {
		jdbc.sql("UPDATE disclosure_document SET index_no = COALESCE(index_no, ?), status = 'published',"
				+ " current_version = ?, current_column_id = ?, current_published_at = ?, working_version = NULL,"
				+ " first_published_at = COALESCE(first_published_at, ?), updated_at = ? WHERE id = ?")
			.params(indexNo, version, columnId, Rows.utc(at), Rows.utc(at), Rows.utc(at), documentId).update();
	}

	void working(long documentId, Integer version, Instant at) {
		jdbc.sql("UPDATE disclosure_document SET working_version = ?, updated_at = ? WHERE id = ?")
			.params(version, Rows.utc(at), documentId).update();
	}

	void withdrawn(long documentId, String reason, Instant at) {
		jdbc.sql("UPDATE disclosure_document SET status = 'withdrawn', working_version = NULL, withdrawn_at = ?,"
				+ " withdrawn_reason = ?, updated_at = ? WHERE id = ?")
			.params(Rows.utc(at), reason, Rows.utc(at), documentId).update();
	}

	void repealed(long documentId, LocalDate on, String reason, Instant at) {
		jdbc.sql("UPDATE disclosure_document SET status = 'repealed', working_version = NULL, repealed_on = ?,"
				+ " repeal_reason = ?, updated_at = ? WHERE id = ?")
			.params(on, reason, Rows.utc(at), documentId).update();
	}

	/** Public documents whose current version sits in the column (to re-index them when the column changes). */
	List<Long> publicDocumentIdsInColumn(long columnId) {
		return jdbc.sql("""
				SELECT d.id FROM disclosure_document d JOIN disclosure_version v
				  ON v.document_id = d.id AND v.version_no = d.current_version
				WHERE v.column_id = ? AND d.status IN ('published', 'repealed') ORDER BY d.id""")
			.param(columnId).query(Long.class).list();
	}

	/** Versions in the column that are public or being prepared. */
	long countLiveInColumn(long columnId) {
		return jdbc.sql("SELECT COUNT(*) FROM disclosure_version WHERE column_id = ? AND state IN ('draft', 'submitted',"
				+ " 'returned', 'reviewed', 'published', 'repealed')").param(columnId).query(Long.class).single();
	}

	/** True if the document exists and is public (published or repealed): it may be interpreted or linked. */
	boolean isPublic(long documentId) {
		return jdbc.sql("SELECT COUNT(*) FROM disclosure_document WHERE id = ? AND status IN ('published', 'repealed')")
			.param(documentId).query(Long.class).single() > 0;
	}

	static DocumentRow mapDocument(ResultSet rs, int row) throws SQLException {
		return new DocumentRow(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("index_no"),
				Keyed.parse(DocumentStatus.class, rs.getString("status")).orElseThrow(),
				Rows.nullableInt(rs, "current_version"), Rows.nullableInt(rs, "working_version"),
				Rows.nullableInt(rs, "report_year"), Rows.instant(rs, "first_published_at"),
				Rows.instant(rs, "withdrawn_at"), rs.getString("withdrawn_reason"), Rows.date(rs, "repealed_on"),
				rs.getString("repeal_reason"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"),
				Rows.date(rs, "valid_until"));
	}

	static VersionRow mapVersion(ResultSet rs, int row) throws SQLException {
		return new VersionRow(rs.getLong("v_id"), rs.getLong("document_id"), rs.getInt("version_no"),
				Keyed.parse(VersionState.class, rs.getString("state")).orElseThrow(), rs.getLong("column_id"),
				rs.getString("title"), rs.getString("doc_no"), Rows.date(rs, "written_on"), Rows.date(rs, "formed_on"),
				Keyed.parse(Topic.class, rs.getString("topic")).orElse(Topic.OTHER),
				Keyed.parse(Genre.class, rs.getString("genre")).orElse(Genre.OTHER_DOCUMENT), rs.getString("keywords"),
				rs.getString("summary"), rs.getString("source"),
				Keyed.parse(Classification.class, rs.getString("classification")).orElseThrow(),
				Keyed.parse(WithholdingGround.class, rs.getString("withholding_ground")).orElse(null),
				rs.getString("body_html"), rs.getString("body_text"), Rows.nullableLong(rs, "interprets_id"),
				rs.getString("change_note"), Rows.nullableLong(rs, "author_id"), rs.getString("author_name"),
				Rows.instant(rs, "v_created_at"), Rows.instant(rs, "v_updated_at"), Rows.instant(rs, "submitted_at"),
				Rows.nullableLong(rs, "reviewer_id"), rs.getString("reviewer_name"), Rows.instant(rs, "reviewed_at"),
				Rows.instant(rs, "published_at"), Rows.date(rs, "published_on"), rs.getString("publisher_name"),
				Rows.date(rs, "publication_deadline"), Rows.nullableBoolean(rs, "published_late"),
				rs.getString("content_sha256"), Rows.instant(rs, "ended_at"));
	}
}
