package org.yangguang.inforequest.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.inforequest.RequestFile;

/** The reply letter and the disclosed files of a request, in {@code inforequest_file}. */
@Repository
public class FileRepository {

	public static final String LETTER = "letter";
	public static final String ATTACHMENT = "attachment";

	/** A file with its bytes, for downloads. */
	public record StoredFile(RequestFile info, byte[] content) {
	}

	private final JdbcClient jdbc;

	FileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long requestId, String kind, String name, String contentType, byte[] content, Instant at) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO inforequest_file (request_id, kind, file_name, content_type, size_bytes, sha256, content,
				    created_at)
				VALUES (:request, :kind, :name, :type, :size, :sha, :content, :at)""")
			.param("request", requestId).param("kind", kind).param("name", name).param("type", contentType)
			.param("size", (long) content.length).param("sha", sha256(content)).param("content", content)
			.param("at", RequestRepository.utc(at)).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public List<RequestFile> list(long requestId) {
		return jdbc.sql("""
				SELECT id, kind, file_name, content_type, size_bytes, sha256 FROM inforequest_file
				WHERE request_id = :request ORDER BY id""")
			.param("request", requestId)
			.query((rs, n) -> new RequestFile(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256")))
			.list();
	}

	public Optional<StoredFile> find(long requestId, long fileId) {
		return jdbc.sql("""
				SELECT id, kind, file_name, content_type, size_bytes, sha256, content FROM inforequest_file
				WHERE request_id = :request AND id = :id""")
			.param("request", requestId).param("id", fileId)
			.query((rs, n) -> new StoredFile(new RequestFile(rs.getLong("id"), rs.getString("kind"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("sha256")), rs.getBytes("content")))
			.optional();
	}

	/** The latest letter of the request. */
	public Optional<StoredFile> letter(long requestId) {
		return list(requestId).stream().filter(f -> LETTER.equals(f.kind())).reduce((a, b) -> b)
			.flatMap(f -> find(requestId, f.id()));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
