package org.yangguang.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.services.ItemKind;
import org.yangguang.services.ItemQuery;
import org.yangguang.services.ItemType;
import org.yangguang.services.PublishedItem;
import org.yangguang.services.ServiceGuide;

import tools.jackson.databind.json.JsonMapper;

/** The catalog in {@code services_item} (one row per item) and {@code services_item_version} (every guide). */
@Repository
public class ItemRepository {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ItemRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A row of the catalog list, with the department's id (the caller names it). */
	public record Row(String code, String name, ItemType type, long departmentId, ItemKind kind, int statutoryDays,
			int promisedDays, String parentCode, int version) {
	}

	/** Stores {@code guide} as the item's next version and makes it current; returns the version number. */
	public int publish(ServiceGuide guide, long departmentId, String publishedBy, String note, Instant at) {
		Integer current = jdbc.sql("SELECT current_version FROM services_item WHERE code = :code FOR UPDATE")
			.param("code", guide.code()).query(Integer.class).optional().orElse(null);
		int version = current == null ? 1 : current + 1;
		jdbc.sql("""
				INSERT INTO services_item_version (item_code, version, guide, published_at, published_by, note)
				VALUES (:code, :version, :guide, :at, :by, :note)""")
			.param("code", guide.code()).param("version", version).param("guide", json.writeValueAsString(guide))
			.param("at", utc(at)).param("by", publishedBy).param("note", note).update();
		String sql = current == null ? """
				INSERT INTO services_item (code, current_version, name, item_type, department_id, parent_code, kind,
					statutory_days, promised_days, target_users, life_events, retired, updated_at)
				VALUES (:code, :version, :name, :type, :department, :parent, :kind, :statutory, :promised, :users,
					:events, FALSE, :at)""" : """
				UPDATE services_item SET current_version = :version, name = :name, item_type = :type,
					department_id = :department, parent_code = :parent, kind = :kind, statutory_days = :statutory,
					promised_days = :promised, target_users = :users, life_events = :events, retired = FALSE,
					updated_at = :at
				WHERE code = :code""";
		jdbc.sql(sql).param("code", guide.code()).param("version", version).param("name", guide.name())
			.param("type", guide.type().name()).param("department", departmentId).param("parent", guide.parent())
			.param("kind", guide.kind().name()).param("statutory", guide.statutoryDays())
			.param("promised", guide.promisedDays()).param("users", flags(guide.targetUsers()))
			.param("events", flags(guide.lifeEvents())).param("at", utc(at)).update();
		return version;
	}

	public void retire(String code, Instant at) {
		jdbc.sql("UPDATE services_item SET retired = TRUE, updated_at = :at WHERE code = :code").param("code", code)
			.param("at", utc(at)).update();
	}

	public Optional<PublishedItem> current(String code) {
		return jdbc.sql("""
				SELECT v.*, i.retired FROM services_item i
				JOIN services_item_version v ON v.item_code = i.code AND v.version = i.current_version
				WHERE i.code = :code""").param("code", code).query(this::published).optional();
	}

	public Optional<PublishedItem> version(String code, int version) {
		return jdbc.sql("""
				SELECT v.*, i.retired FROM services_item_version v JOIN services_item i ON i.code = v.item_code
				WHERE v.item_code = :code AND v.version = :version""").param("code", code).param("version", version)
			.query(this::published).optional();
	}

	/** Every version of an item, newest first. */
	public List<PublishedItem> history(String code) {
		return jdbc.sql("""
				SELECT v.*, i.retired FROM services_item_version v JOIN services_item i ON i.code = v.item_code
				WHERE v.item_code = :code ORDER BY v.version DESC""").param("code", code).query(this::published).list();
	}

	/** The current guides of every active item, in code order (for export and the search index). */
	public List<PublishedItem> allCurrent() {
		return jdbc.sql("""
				SELECT v.*, i.retired FROM services_item i
				JOIN services_item_version v ON v.item_code = i.code AND v.version = i.current_version
				WHERE i.retired = FALSE ORDER BY i.code""").query(this::published).list();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM services_item").query(Long.class).single();
	}

	/** Active items matching the query, in code order; {@code departmentId} null for every department. */
	public List<Row> find(ItemQuery query, Long departmentId) {
		StringBuilder sql = new StringBuilder("SELECT * FROM services_item WHERE retired = FALSE");
		var params = new java.util.HashMap<String, Object>();
		if (departmentId != null) {
			sql.append(" AND department_id = :department");
			params.put("department", departmentId);
		}
		if (query.text() != null && !query.text().isBlank()) {
			sql.append(" AND (LOWER(name) LIKE :text OR LOWER(code) LIKE :text)");
			params.put("text", "%" + query.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
		}
		if (query.lifeEvent() != null) {
			sql.append(" AND life_events LIKE :event");
			params.put("event", "%," + query.lifeEvent().name() + ",%");
		}
		if (query.targetUser() != null) {
			sql.append(" AND target_users LIKE :user");
			params.put("user", "%," + query.targetUser().name() + ",%");
		}
		sql.append(" ORDER BY code");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Row(rs.getString("code"),
				rs.getString("name"), ItemType.valueOf(rs.getString("item_type")), rs.getLong("department_id"),
				ItemKind.valueOf(rs.getString("kind")), rs.getInt("statutory_days"), rs.getInt("promised_days"),
				rs.getString("parent_code"), rs.getInt("current_version"))).list();
	}

	private PublishedItem published(ResultSet rs, int n) throws SQLException {
		return new PublishedItem(json.readValue(rs.getString("guide"), ServiceGuide.class), rs.getInt("version"),
				rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"),
				rs.getString("note"), rs.getBoolean("retired"));
	}

	private static String flags(java.util.Collection<? extends Enum<?>> values) {
		return "," + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
