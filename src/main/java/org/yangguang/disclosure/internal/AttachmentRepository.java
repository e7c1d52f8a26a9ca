package org.yangguang.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.disclosure.AttachmentRecord;

/** The {@code disclosure_attachment} table. */
@Repository
class AttachmentRepository {

	private static final String SELECT = "SELECT id, version_id, sha256, file_name, media_type, size_bytes, sort_order,"
			+ " created_at FROM disclosure_attachment ";

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long versionId, String sha256, String fileName, String mediaType, long size, String text,
			Instant now) {
		int sort = jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM disclosure_attachment WHERE version_id = ?")
			.param(versionId).query(Integer.class).single();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO disclosure_attachment (version_id, sha256, file_name, media_type, size_bytes,"
				+ " extracted_text, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(versionId, sha256, fileName, mediaType, size, text, sort, Rows.utc(now)).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Copies the attachment rows of one version to another (an amendment starts with the same files). */
	void copy(long fromVersionId, long toVersionId) {
		jdbc.sql("INSERT INTO disclosure_attachment (version_id, sha256, file_name, media_type, size_bytes,"
				+ " extracted_text, sort_order, created_at) SELECT ?, sha256, file_name, media_type, size_bytes,"
				+ " extracted_text, sort_order, created_at FROM disclosure_attachment WHERE version_id = ?")
			.params(toVersionId, fromVersionId).update();
	}

	void delete(long attachmentId) {
		jdbc.sql("DELETE FROM disclosure_attachment WHERE id = ?").param(attachmentId).update();
	}

	Optional<AttachmentRecord> find(long id) {
		return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(AttachmentRepository::map).optional();
	}

	List<AttachmentRecord> forVersion(long versionId) {
		return jdbc.sql(SELECT + "WHERE version_id = ? ORDER BY sort_order, id").param(versionId)
			.query(AttachmentRepository::map).list();
	}

	/** The attachments of many versions in one query, by version id. */
	Map<Long, List<AttachmentRecord>> forVersions(Collection<Long> versionIds) {
		if (versionIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT + "WHERE version_id IN (:ids) ORDER BY version_id, sort_order, id")
			.param("ids", versionIds).query(AttachmentRepository::map).list().stream()
			.collect(Collectors.groupingBy(AttachmentRecord::versionId));
	}

	/** The extracted text of a version's attachments, joined, for search. */
	String text(long versionId) {
		return jdbc.sql("SELECT extracted_text FROM disclosure_attachment WHERE version_id = ? ORDER BY sort_order, id")
			.param(versionId).query(String.class).list().stream().filter(t -> t != null && !t.isBlank())
			.collect(Collectors.joining("\n"));
	}

	private static AttachmentRecord map(ResultSet rs, int row) throws SQLException {
		return new AttachmentRecord(rs.getLong("id"), rs.getLong("version_id"), rs.getString("sha256"),
				rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getInt("sort_order"),
				Rows.instant(rs, "created_at"));
	}
}
