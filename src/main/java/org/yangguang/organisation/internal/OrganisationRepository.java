package org.yangguang.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;

/** The {@code organisation} table. Only this module reads or writes it. */
@Repository
public class OrganisationRepository {

	private static final String COLUMNS = "id, code, name, kind, parent_id, path, credit_code, address, phone, "
			+ "office_hours, email, sort_order, retired_at, retired_reason, accepts_applications";

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Organisation> findAll() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation ORDER BY sort_order, id")
			.query(OrganisationRepository::map).list();
	}

	public Optional<Organisation> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE id = ?").param(id)
			.query(OrganisationRepository::map).optional();
	}

	public Optional<Organisation> findByCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE code = ?").param(code)
			.query(OrganisationRepository::map).optional();
	}

	public List<Organisation> findSubtree(String path) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE path LIKE ? ORDER BY sort_order, id")
			.param(path + "%").query(OrganisationRepository::map).list();
	}

	/** One query: is {@code id} the organisation {@code rootId} or below it (by materialised path)? */
	public boolean isWithin(long id, long rootId) {
		return jdbc.sql("SELECT COUNT(*) FROM organisation o JOIN organisation r ON o.path LIKE r.path || '%'"
				+ " WHERE o.id = ? AND r.id = ?").params(id, rootId).query(Long.class).single() > 0;
	}

	public boolean hasActiveChildren(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE parent_id = ? AND retired_at IS NULL").param(id)
			.query(Long.class).single() > 0;
	}

	public long insert(String code, String name, OrganisationKind kind, Long parentId, String parentPath,
			String creditCode, Organisation.Contact contact, int sortOrder, Instant now) {
		// ids come from the identity column and the path needs the id: insert, then set the path.
		var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO organisation (code, name, kind, parent_id, path, credit_code, address, phone, office_hours,
				  email, sort_order, created_at, updated_at, accepts_applications)
				VALUES (:code, :name, :kind, :parent, :path, :credit, :address, :phone, :hours, :email, :sort, :now, :now,
				  :accepts)
				""")
			.param("accepts", kind.acceptsApplicationsByDefault())
			.param("code", code).param("name", name).param("kind", kind.name()).param("parent", parentId)
			.param("path", "/new-" + java.util.UUID.randomUUID() + "/").param("credit", creditCode).param("address", contact.address())
			.param("phone", contact.phone()).param("hours", contact.officeHours()).param("email", contact.email())
			.param("sort", sortOrder).param("now", at(now)).update(keyHolder, "id");
		long newId = keyHolder.getKeyAs(Number.class).longValue();
		String path = (parentPath == null ? "/" : parentPath) + newId + "/";
		jdbc.sql("UPDATE organisation SET path = ? WHERE id = ?").param(path).param(newId).update();
		return newId;
	}

	public void rename(long id, String name, Instant now) {
		jdbc.sql("UPDATE organisation SET name = ?, updated_at = ? WHERE id = ?").param(name).param(at(now)).param(id)
			.update();
	}

	public void updateContact(long id, Organisation.Contact c, String creditCode, Instant now) {
		jdbc.sql("""
				UPDATE organisation SET address = ?, phone = ?, office_hours = ?, email = ?, credit_code = ?,
				  updated_at = ? WHERE id = ?""")
			.params(c.address(), c.phone(), c.officeHours(), c.email(), creditCode, at(now), id).update();
	}

	/** Moves a subtree: the node gets a new parent, and every path below it is rewritten in one statement. */
	public void move(Organisation node, Organisation newParent, Instant now) {
		String oldPath = node.path();
		String newPath = newParent.path() + node.id() + "/";
		jdbc.sql("UPDATE organisation SET parent_id = ?, updated_at = ? WHERE id = ?").param(newParent.id())
			.param(at(now)).param(node.id()).update();
		jdbc.sql("UPDATE organisation SET path = ? || SUBSTRING(path, ?) WHERE path LIKE ?").param(newPath)
			.param(oldPath.length() + 1).param(oldPath + "%").update();
	}

	public void setAcceptsApplications(long id, boolean accepts, Instant now) {
		jdbc.sql("UPDATE organisation SET accepts_applications = ?, updated_at = ? WHERE id = ?").param(accepts)
			.param(at(now)).param(id).update();
	}

	public void retire(long id, String reason, Instant now) {
		jdbc.sql("UPDATE organisation SET retired_at = ?, retired_reason = ?, updated_at = ? WHERE id = ?")
			.param(at(now)).param(reason).param(at(now)).param(id).update();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}

	static Organisation map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new Organisation(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), parentId, rs.getString("path"),
				rs.getString("credit_code"),
				new Organisation.Contact(rs.getString("address"), rs.getString("phone"), rs.getString("office_hours"),
						rs.getString("email")),
				rs.getInt("sort_order"), retired == null ? null : retired.toInstant(), rs.getString("retired_reason"),
				rs.getBoolean("accepts_applications"));
	}
}
