package org.yangguang.appeals.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open311 API keys in {@code appeals_api_key}: issued and revoked by the administrator. */
@Repository
public class ApiKeyRepository {

	private final JdbcClient jdbc;

	ApiKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Key(String key, String holder, Instant issuedAt, Instant revokedAt) {
	}

	public void insert(String key, String holder, Instant at) {
		jdbc.sql("INSERT INTO appeals_api_key (api_key, holder, issued_at) VALUES (:key, :holder, :at)")
			.param("key", key).param("holder", holder).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	public boolean exists(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM appeals_api_key WHERE api_key = :key").param("key", key)
			.query(Long.class).single() > 0;
	}

	/** The holder of a key that is not revoked. */
	public Optional<String> holder(String key) {
		return jdbc.sql("SELECT holder FROM appeals_api_key WHERE api_key = :key AND revoked_at IS NULL")
			.param("key", key == null ? "" : key).query(String.class).optional();
	}

	public boolean revoke(String key, Instant at) {
		return jdbc.sql("UPDATE appeals_api_key SET revoked_at = :at WHERE api_key = :key AND revoked_at IS NULL")
			.param("key", key).param("at", at.atOffset(ZoneOffset.UTC)).update() == 1;
	}

	public List<Key> all() {
		return jdbc.sql("SELECT * FROM appeals_api_key ORDER BY issued_at").query((rs, n) -> new Key(
				rs.getString("api_key"), rs.getString("holder"),
				rs.getObject("issued_at", java.time.OffsetDateTime.class).toInstant(),
				rs.getObject("revoked_at", java.time.OffsetDateTime.class) == null ? null
						: rs.getObject("revoked_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}
}
