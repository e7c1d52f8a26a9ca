package org.yangguang.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.identity.AccountKind;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.identity.Role;

/** The {@code account}, {@code account_role} and {@code citizen_profile} tables. */
@Repository
public class AccountRepository {

	private static final String COLUMNS = "id, username, password_hash, kind, display_name, organisation_id, enabled, "
			+ "failed_logins, locked_until, demo";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AccountRow> findByUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ?").param(username)
			.query(this::mapWithoutRoles).optional().map(this::withRoles);
	}

	public Optional<AccountRow> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?").param(id).query(this::mapWithoutRoles)
			.optional().map(this::withRoles);
	}

	/** Accounts in one page, with their roles loaded in one more query (no N+1). */
	public List<AccountRow> findPage(AccountKind kind, Collection<Long> organisationIds, String query, int offset,
			int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM account WHERE kind = :kind");
		Map<String, Object> params = new HashMap<>();
		params.put("kind", kind.name());
		if (organisationIds != null) {
			if (organisationIds.isEmpty()) {
				return List.of();
			}
			sql.append(" AND organisation_id IN (:orgs)");
			params.put("orgs", organisationIds);
		}
		if (query != null && !query.isBlank()) {
			sql.append(" AND (LOWER(username) LIKE :q OR LOWER(display_name) LIKE :q)");
			params.put("q", "%" + query.trim().toLowerCase(java.util.Locale.ROOT) + "%");
		}
		sql.append(" ORDER BY username LIMIT :limit OFFSET :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		List<AccountRow> rows = jdbc.sql(sql.toString()).params(params).query(this::mapWithoutRoles).list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, Set<Role>> roles = new HashMap<>();
		jdbc.sql("SELECT account_id, role FROM account_role WHERE account_id IN (:ids)")
			.param("ids", rows.stream().map(AccountRow::id).toList())
			.query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString(2))))
			.list();
		List<AccountRow> result = new ArrayList<>(rows.size());
		for (AccountRow r : rows) {
			result.add(copyWithRoles(r, roles.getOrDefault(r.id(), EnumSet.noneOf(Role.class))));
		}
		return result;
	}

	/** 政务公开办负责人: whether the account is the head of a disclosure office. */
	public boolean isDisclosureHead(long id) {
		return jdbc.sql("SELECT disclosure_head FROM account WHERE id = ?").param(id).query(Boolean.class).optional()
			.orElse(false);
	}

	public void setDisclosureHead(long id, boolean head) {
		jdbc.sql("UPDATE account SET disclosure_head = ? WHERE id = ?").param(head).param(id).update();
	}

	public boolean exists(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ?").param(username).query(Long.class)
			.single() > 0;
	}

	public boolean anyWithRole(Role role) {
		return jdbc.sql("SELECT COUNT(*) FROM account_role WHERE role = ?").param(role.name()).query(Long.class)
			.single() > 0;
	}

	/** Enabled staff accounts of exactly this organisation holding at least one of the roles. */
	public List<Long> findStaffIds(long organisationId, Collection<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT DISTINCT a.id FROM account a JOIN account_role r ON r.account_id = a.id
				WHERE a.kind = 'STAFF' AND a.enabled = TRUE AND a.organisation_id = :org AND r.role IN (:roles)
				ORDER BY a.id""")
			.param("org", organisationId).param("roles", roles.stream().map(Role::name).toList())
			.query(Long.class).list();
	}

	public boolean anyDemo() {
		return jdbc.sql("SELECT COUNT(*) FROM account WHERE demo = TRUE").query(Long.class).single() > 0;
	}

	public long insert(String username, String passwordHash, AccountKind kind, String displayName,
			Long organisationId, boolean demo, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO account (username, password_hash, kind, display_name, organisation_id, demo,
				  password_changed_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(username, passwordHash, kind.name(), displayName, organisationId, demo, at(now), at(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public void replaceRoles(long accountId, Set<Role> roles) {
		jdbc.sql("DELETE FROM account_role WHERE account_id = ?").param(accountId).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(accountId, role.name())
				.update();
		}
	}

	public void updateStaff(long id, String displayName, long organisationId, boolean enabled) {
		jdbc.sql("UPDATE account SET display_name = ?, organisation_id = ?, enabled = ? WHERE id = ?")
			.params(displayName, organisationId, enabled, id).update();
	}

	public void updatePassword(long id, String hash, Instant now) {
		jdbc.sql("UPDATE account SET password_hash = ?, password_changed_at = ? WHERE id = ?")
			.params(hash, at(now), id).update();
	}

	/** Counts a failed login and locks the account once the limit is reached; returns true if it is now locked. */
	public boolean recordFailure(String username, int maxFailures, Instant lockUntil) {
		jdbc.sql("UPDATE account SET failed_logins = failed_logins + 1 WHERE username = ?").param(username).update();
		return jdbc.sql("UPDATE account SET locked_until = ?, failed_logins = 0 WHERE username = ? AND failed_logins >= ?")
			.params(at(lockUntil), username, maxFailures).update() > 0;
	}

	public void resetFailures(String username) {
		jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = ? "
				+ "AND (failed_logins <> 0 OR locked_until IS NOT NULL)").param(username).update();
	}

	public void insertProfile(long accountId, CitizenProfile p) {
		jdbc.sql("""
				INSERT INTO citizen_profile (account_id, applicant_kind, real_name, id_type, id_number, org_name,
				  credit_code, org_type, contact_name, mobile, email, address)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(accountId, p.applicantKind().name(), p.realName(), p.idType(), p.idNumber(), p.orgName(),
					p.creditCode(), p.orgType(), p.contactName(), p.mobile(), p.email(), p.address())
			.update();
	}

	public Optional<CitizenProfile> findProfile(long accountId) {
		return jdbc.sql("SELECT * FROM citizen_profile WHERE account_id = ?").param(accountId)
			.query((rs, n) -> new CitizenProfile(CitizenProfile.ApplicantKind.valueOf(rs.getString("applicant_kind")),
					rs.getString("real_name"), rs.getString("id_type"), rs.getString("id_number"),
					rs.getString("org_name"), rs.getString("credit_code"), rs.getString("org_type"),
					rs.getString("contact_name"), rs.getString("mobile"), rs.getString("email"),
					rs.getString("address")))
			.optional();
	}

	public void saveToken(String tokenHash, long accountId, Instant issued, Instant expires) {
		jdbc.sql("INSERT INTO api_token (token_hash, account_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(tokenHash, accountId, at(issued), at(expires)).update();
	}

	public Optional<Long> findTokenAccount(String tokenHash, Instant now) {
		return jdbc.sql("SELECT account_id FROM api_token WHERE token_hash = ? AND expires_at > ?")
			.params(tokenHash, at(now)).query(Long.class).optional();
	}

	public void deleteToken(String tokenHash) {
		jdbc.sql("DELETE FROM api_token WHERE token_hash = ?").param(tokenHash).update();
	}

	public int deleteExpiredTokens(Instant now) {
		return jdbc.sql("DELETE FROM api_token WHERE expires_at <= ?").param(at(now)).update();
	}

	private AccountRow withRoles(AccountRow row) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("SELECT role FROM account_role WHERE account_id = ?").param(row.id()).query(String.class).list()
			.forEach(r -> roles.add(Role.valueOf(r)));
		return copyWithRoles(row, roles);
	}

	private static AccountRow copyWithRoles(AccountRow r, Set<Role> roles) {
		return new AccountRow(r.id(), r.username(), r.passwordHash(), r.kind(), r.displayName(), r.organisationId(),
				r.enabled(), r.failedLogins(), r.lockedUntil(), r.demo(), roles);
	}

	private AccountRow mapWithoutRoles(ResultSet rs, int n) throws SQLException {
		long org = rs.getLong("organisation_id");
		Long organisationId = rs.wasNull() ? null : org;
		OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
		return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				AccountKind.valueOf(rs.getString("kind")), rs.getString("display_name"), organisationId,
				rs.getBoolean("enabled"), rs.getInt("failed_logins"), locked == null ? null : locked.toInstant(),
				rs.getBoolean("demo"), Set.of());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
