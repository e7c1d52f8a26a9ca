package org.yangguang.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.shared.UnifiedSocialCreditCode;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.PowerEntry;
import org.yangguang.disclosure.PowerKind;
import org.yangguang.disclosure.PowerResult;
import org.yangguang.disclosure.ResultPage;
import org.yangguang.disclosure.PowerResultInput;

/**
 * 权力运行结果公开 — permits granted, penalties and enforcement measures decided, published case by case by the
 * leader or the disclosure office; counted in table 二 of the annual report by the year decided.
 */
@Service
@Transactional(readOnly = true)
public class PowerResults {


	private static final String SELECT = """
			SELECT r.id, r.organisation_id, r.power_id, p.name AS power_name, r.kind, r.case_no, r.party_name,
			  r.party_is_person, r.party_credit_code, r.decision, r.decided_on
			FROM disclosure_power_result r LEFT JOIN disclosure_power p ON p.id = r.power_id
			""";

	private final JdbcClient jdbc;
	private final PowerList powers;
	private final Identity identity;
	private final AuditLog audit;
	private final Clock clock;

	PowerResults(JdbcClient jdbc, PowerList powers, Identity identity, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.powers = powers;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/** The organisation's results, newest decision first; {@code kind} null for all kinds. */
	public ResultPage<PowerResult> results(long organisationId, PowerKind kind, int page, int size) {
		String where = "WHERE r.organisation_id = :org" + (kind == null ? "" : " AND r.kind = :kind");
		var count = jdbc.sql("SELECT COUNT(*) FROM disclosure_power_result r " + where).param("org", organisationId);
		var list = jdbc.sql(SELECT + where + " ORDER BY r.decided_on DESC, r.id DESC LIMIT :limit OFFSET :offset")
			.param("org", organisationId).param("limit", size).param("offset", (long) page * size);
		if (kind != null) {
			count = count.param("kind", kind.key());
			list = list.param("kind", kind.key());
		}
		return new ResultPage<>(list.query(PowerResults::map).list(), page, size, count.query(Long.class).single());
	}

	public PowerResult get(long id) {
		return jdbc.sql(SELECT + "WHERE r.id = ?").param(id).query(PowerResults::map).optional()
			.orElseThrow(() -> new NotFoundException("disclosure.result.error.notFound", id));
	}

	@Transactional
	public PowerResult record(long organisationId, PowerResultInput in) {
		identity.requireInScope(organisationId, Role.LEADER, Role.DISCLOSURE_OFFICE);
		return insert(organisationId, in, identity.requireUser().displayName());
	}

	/** Without the permission check: for {@link #record} and the demo data. */
	PowerResult insert(long organisationId, PowerResultInput in, String recordedBy) {
		PowerKind kind = ListFields.choice("kind", PowerKind.class, in.kind());
		if (in.powerId() != null) {
			PowerEntry power = powers.get(in.powerId());
			if (power.organisationId() != organisationId || power.retired()) {
				throw RuleViolationException.onField("powerId", "disclosure.result.error.power");
			}
			if (power.kind() != kind) {
				throw RuleViolationException.onField("kind", "disclosure.result.error.kindMismatch");
			}
		}
		String caseNo = ListFields.required("caseNo", in.caseNo(), 100);
		String party = ListFields.required("partyName", in.partyName(), 200);
		String credit = ListFields.optional("partyCreditCode", in.partyCreditCode(), 18);
		if (credit != null && !UnifiedSocialCreditCode.isValid(credit)) {
			throw RuleViolationException.onField("partyCreditCode", "disclosure.result.error.creditCode");
		}
		if (in.partyIsPerson() && credit != null) {
			throw RuleViolationException.onField("partyCreditCode", "disclosure.result.error.personCreditCode");
		}
		String decision = ListFields.required("decision", in.decision(), 2000);
		if (in.decidedOn() == null) {
			throw RuleViolationException.onField("decidedOn", "disclosure.list.error.required");
		}
		if (in.decidedOn().isAfter(LocalDate.now(clock))) {
			throw RuleViolationException.onField("decidedOn", "disclosure.error.dateInFuture", in.decidedOn());
		}
		boolean taken = jdbc.sql("SELECT COUNT(*) FROM disclosure_power_result WHERE organisation_id = ? AND case_no = ?")
			.params(organisationId, caseNo).query(Long.class).single() > 0;
		if (taken) {
			throw RuleViolationException.onField("caseNo", "disclosure.result.error.caseTaken", caseNo);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO disclosure_power_result (organisation_id, power_id, kind, case_no, party_name,"
				+ " party_is_person, party_credit_code, decision, decided_on, created_at, created_by)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(organisationId, in.powerId(), kind.key(), caseNo, party, in.partyIsPerson(),
					credit == null ? null : credit.toUpperCase(java.util.Locale.ROOT), decision, in.decidedOn(),
					Rows.utc(clock.instant()), recordedBy)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record("disclosure.result.recorded", "disclosure-power-result", String.valueOf(id), null,
				"kind=" + kind.key() + "; caseNo=" + caseNo + "; decidedOn=" + in.decidedOn(), null);
		return get(id);
	}

	private static PowerResult map(ResultSet rs, int n) throws SQLException {
		return new PowerResult(rs.getLong("id"), rs.getLong("organisation_id"), Rows.nullableLong(rs, "power_id"),
				rs.getString("power_name"), Keyed.parse(PowerKind.class, rs.getString("kind")).orElse(PowerKind.OTHER),
				rs.getString("case_no"), rs.getString("party_name"), rs.getBoolean("party_is_person"),
				rs.getString("party_credit_code"), rs.getString("decision"), Rows.date(rs, "decided_on"));
	}
}
