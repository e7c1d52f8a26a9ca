package org.yangguang.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.ColumnFreshness;
import org.yangguang.disclosure.Keyed;

/** The {@code disclosure_column} table. */
@Repository
class ColumnRepository {

	private static final String SELECT = "SELECT id, organisation_id, parent_id, code, name, freshness, description,"
			+ " sort_order, retired_at FROM disclosure_column ";

	private final JdbcClient jdbc;

	ColumnRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CatalogColumn> find(long id) {
		return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(ColumnRepository::map).optional();
	}

	List<CatalogColumn> findByOrganisation(long organisationId) {
		return jdbc.sql(SELECT + "WHERE organisation_id = ? ORDER BY sort_order, id").param(organisationId)
			.query(ColumnRepository::map).list();
	}

	List<CatalogColumn> findByOrganisations(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "WHERE organisation_id IN (:ids) ORDER BY organisation_id, sort_order, id")
			.param("ids", organisationIds).query(ColumnRepository::map).list();
	}

	List<CatalogColumn> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "WHERE id IN (:ids)").param("ids", ids).query(ColumnRepository::map).list();
	}

	Optional<CatalogColumn> findByName(long organisationId, String name) {
		return jdbc.sql(SELECT + "WHERE organisation_id = ? AND name = ?").params(organisationId, name)
			.query(ColumnRepository::map).optional();
	}

	Optional<CatalogColumn> findByCode(long organisationId, String code) {
		return jdbc.sql(SELECT + "WHERE organisation_id = ? AND code = ?").params(organisationId, code)
			.query(ColumnRepository::map).optional();
	}

	/** Organisations that have at least one column. */
	Set<Long> organisationsWithColumns() {
		return Set.copyOf(jdbc.sql("SELECT DISTINCT organisation_id FROM disclosure_column").query(Long.class).list());
	}

	int maxSortOrder(long organisationId) {
		return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) FROM disclosure_column WHERE organisation_id = ?")
			.param(organisationId).query(Integer.class).single();
	}

	long insert(long organisationId, Long parentId, String code, String name, ColumnFreshness freshness,
			String description, int sortOrder, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO disclosure_column (organisation_id, parent_id, code, name, freshness, description,"
				+ " sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(organisationId, parentId, code, name, freshness.key(), description, sortOrder, Rows.utc(now), Rows.utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void rename(long id, String name, String description, Instant now) {
		jdbc.sql("UPDATE disclosure_column SET name = ?, description = ?, updated_at = ? WHERE id = ?")
			.params(name, description, Rows.utc(now), id).update();
	}

	void retire(long id, String reason, Instant now) {
		jdbc.sql("UPDATE disclosure_column SET retired_at = ?, retired_reason = ?, updated_at = ? WHERE id = ?")
			.params(Rows.utc(now), reason, Rows.utc(now), id).update();
	}

	private static CatalogColumn map(ResultSet rs, int row) throws SQLException {
		return new CatalogColumn(rs.getLong("id"), rs.getLong("organisation_id"), Rows.nullableLong(rs, "parent_id"),
				rs.getString("code"), rs.getString("name"),
				Keyed.parse(ColumnFreshness.class, rs.getString("freshness")).orElse(ColumnFreshness.REGULAR),
				rs.getString("description"), rs.getInt("sort_order"), Rows.instant(rs, "retired_at"));
	}
}
