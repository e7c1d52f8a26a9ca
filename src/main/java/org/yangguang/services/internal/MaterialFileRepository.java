package org.yangguang.services.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.services.MaterialFile;

/** 材料库 in {@code services_material_file}; the content lies in the attachment store under its digest. */
@Repository
public class MaterialFileRepository {

	private final JdbcClient jdbc;

	MaterialFileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Stored(MaterialFile file, long accountId, String blobKey) {
	}

	public long insert(long accountId, String name, String fileName, String contentType, long size, String blobKey,
			Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO services_material_file (account_id, name, file_name, content_type, size_bytes, blob_key,
					uploaded_at) VALUES (:account, :name, :fileName, :type, :size, :blob, :at)""")
			.param("account", accountId).param("name", name).param("fileName", fileName).param("type", contentType)
			.param("size", size).param("blob", blobKey).param("at", at.atOffset(ZoneOffset.UTC)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<MaterialFile> of(long accountId) {
		return jdbc.sql("SELECT * FROM services_material_file WHERE account_id = :account ORDER BY id DESC")
			.param("account", accountId).query((rs, n) -> row(rs).file()).list();
	}

	public Optional<Stored> find(long id) {
		return jdbc.sql("SELECT * FROM services_material_file WHERE id = :id").param("id", id)
			.query((rs, n) -> row(rs)).optional();
	}

	private static Stored row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Stored(new MaterialFile(rs.getLong("id"), rs.getString("name"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()), rs.getLong("account_id"),
				rs.getString("blob_key"));
	}
}
