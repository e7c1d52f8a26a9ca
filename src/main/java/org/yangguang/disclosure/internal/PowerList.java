package org.yangguang.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.PowerEntry;
import org.yangguang.disclosure.PowerKind;
import org.yangguang.disclosure.PowerEntryInput;

/**
 * 权力清单 — each organisation's powers (power, legal basis, procedure, time limit, responsible unit). Entries are
 * public as soon as they are saved, so only those who may publish (leader, disclosure office) maintain them;
 * an entry is retired, never deleted.
 */
@Service
@Transactional(readOnly = true)
public class PowerList {


	private static final String SELECT = "SELECT id, organisation_id, code, name, kind, legal_basis, procedure_text,"
			+ " time_limit, responsible_unit, retired_at FROM disclosure_power ";

	private final JdbcClient jdbc;
	private final Identity identity;
	private final AuditLog audit;
	private final Clock clock;

	PowerList(JdbcClient jdbc, Identity identity, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	public List<PowerEntry> entries(long organisationId, boolean withRetired) {
		return jdbc.sql(SELECT + "WHERE organisation_id = ?" + (withRetired ? "" : " AND retired_at IS NULL")
				+ " ORDER BY kind, code").param(organisationId).query(PowerList::map).list();
	}

	public PowerEntry get(long id) {
		return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(PowerList::map).optional()
			.orElseThrow(() -> new NotFoundException("disclosure.power.error.notFound", id));
	}

	@Transactional
	public PowerEntry create(long organisationId, PowerEntryInput input) {
		identity.requireInScope(organisationId, Role.LEADER, Role.DISCLOSURE_OFFICE);
		return insert(organisationId, input);
	}

	/** Without the permission check: for {@link #create} and the demo data. */
	PowerEntry insert(long organisationId, PowerEntryInput input) {
		PowerEntryInput clean = check(organisationId, input, null);
		Instant now = clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO disclosure_power (organisation_id, code, name, kind, legal_basis, procedure_text,"
				+ " time_limit, responsible_unit, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(organisationId, clean.code(), clean.name(), clean.kind(), clean.legalBasis(), clean.procedure(),
					clean.timeLimit(), clean.responsibleUnit(), Rows.utc(now), Rows.utc(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record("disclosure.power.created", "disclosure-power", String.valueOf(id), null, describe(clean), null);
		return get(id);
	}

	@Transactional
	public PowerEntry update(long id, PowerEntryInput input) {
		PowerEntry before = get(id);
		identity.requireInScope(before.organisationId(), Role.LEADER, Role.DISCLOSURE_OFFICE);
		if (before.retired()) {
			throw new RuleViolationException("disclosure.list.error.retired");
		}
		PowerEntryInput clean = check(before.organisationId(), input, id);
		jdbc.sql("UPDATE disclosure_power SET code = ?, name = ?, kind = ?, legal_basis = ?, procedure_text = ?,"
				+ " time_limit = ?, responsible_unit = ?, updated_at = ? WHERE id = ?")
			.params(clean.code(), clean.name(), clean.kind(), clean.legalBasis(), clean.procedure(), clean.timeLimit(),
					clean.responsibleUnit(), Rows.utc(clock.instant()), id)
			.update();
		audit.record("disclosure.power.updated", "disclosure-power", String.valueOf(id), describe(before),
				describe(clean), null);
		return get(id);
	}

	@Transactional
	public PowerEntry retire(long id, String reason) {
		PowerEntry entry = get(id);
		identity.requireInScope(entry.organisationId(), Role.LEADER, Role.DISCLOSURE_OFFICE);
		String why = ListFields.required("reason", reason, 500);
		if (!entry.retired()) {
			jdbc.sql("UPDATE disclosure_power SET retired_at = ?, retired_reason = ?, updated_at = ? WHERE id = ?")
				.params(Rows.utc(clock.instant()), why, Rows.utc(clock.instant()), id).update();
			audit.record("disclosure.power.retired", "disclosure-power", String.valueOf(id), describe(entry), null,
					why);
		}
		return get(id);
	}

	private PowerEntryInput check(long organisationId, PowerEntryInput in, Long self) {
		PowerEntryInput clean = new PowerEntryInput(ListFields.required("code", in.code(), 60), ListFields.required("name", in.name(), 300),
				ListFields.choice("kind", PowerKind.class, in.kind()).key(),
				ListFields.required("legalBasis", in.legalBasis(), 4000),
				ListFields.required("procedure", in.procedure(), 4000),
				ListFields.required("timeLimit", in.timeLimit(), 200),
				ListFields.required("responsibleUnit", in.responsibleUnit(), 200));
		boolean taken = jdbc.sql("SELECT COUNT(*) FROM disclosure_power WHERE organisation_id = ? AND code = ?"
				+ " AND id <> ?").params(organisationId, clean.code(), self == null ? -1L : self).query(Long.class)
			.single() > 0;
		if (taken) {
			throw RuleViolationException.onField("code", "disclosure.power.error.codeTaken", clean.code());
		}
		return clean;
	}

	private static String describe(Object o) {
		return String.valueOf(o);
	}

	private static PowerEntry map(ResultSet rs, int n) throws SQLException {
		return new PowerEntry(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("code"),
				rs.getString("name"), Keyed.parse(PowerKind.class, rs.getString("kind")).orElse(PowerKind.OTHER),
				rs.getString("legal_basis"), rs.getString("procedure_text"), rs.getString("time_limit"),
				rs.getString("responsible_unit"), Rows.instant(rs, "retired_at"));
	}
}
