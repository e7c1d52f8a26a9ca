package org.yangguang.disclosure.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.Bulletin;
import org.yangguang.disclosure.BulletinPeriod;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.BulletinInput;

/**
 * 村务公开 — village bulletins, published by the township or county office (or a leader) for a village. The public
 * only ever gets {@link Bulletin#masked()}; the unmasked lines are read by staff in scope, and each such read is
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class VillageBulletins {


	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final Identity identity;
	private final AuditLog audit;
	private final Clock clock;

	VillageBulletins(JdbcClient jdbc, Organisations organisations, Identity identity, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/** The village's bulletins, newest first, masked, with their lines (three queries). */
	public List<Bulletin> published(long organisationId) {
		return load("WHERE b.organisation_id = ?", organisationId).stream().map(Bulletin::masked).toList();
	}

	/** One bulletin as the public sees it. */
	public Bulletin publicBulletin(long id) {
		return one(id).masked();
	}

	/** One bulletin unmasked, for staff in scope; the read is audited. */
	public Bulletin revealed(long id) {
		Bulletin bulletin = one(id);
		identity.requireInScope(bulletin.organisationId(), Role.LEADER, Role.DISCLOSURE_OFFICE, Role.CLERK);
		audit.record("personal-data.read", "disclosure-bulletin", String.valueOf(id), null, null,
				"village bulletin payments");
		return bulletin;
	}

	@Transactional
	public Bulletin publish(long organisationId, BulletinInput in) {
		identity.requireInScope(organisationId, Role.LEADER, Role.DISCLOSURE_OFFICE);
		return insert(organisationId, in, identity.requireUser().displayName());
	}

	/** Without the permission check: for {@link #publish} and the demo data. */
	Bulletin insert(long organisationId, BulletinInput in, String who) {
		Organisation village = organisations.get(organisationId);
		if (village.kind() != OrganisationKind.VILLAGE) {
			throw new RuleViolationException("disclosure.bulletin.error.notVillage", village.name());
		}
		String title = ListFields.required("title", in.title(), 300);
		BulletinPeriod period = ListFields.choice("period", BulletinPeriod.class, in.period());
		String label = ListFields.required("periodLabel", in.periodLabel(), 60);
		LocalDate on = in.publishedOn() == null ? LocalDate.now(clock) : in.publishedOn();
		if (on.isAfter(LocalDate.now(clock))) {
			throw RuleViolationException.onField("publishedOn", "disclosure.error.dateInFuture", on);
		}
		String notes = ListFields.optional("notes", in.notes(), 4000);
		List<Bulletin.FinanceLine> finances = BulletinLines.finances(in.finances());
		List<Bulletin.PaymentLine> payments = BulletinLines.payments(in.payments());
		if (finances.isEmpty() && payments.isEmpty() && notes == null) {
			throw RuleViolationException.onField("finances", "disclosure.bulletin.error.empty");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO disclosure_bulletin (organisation_id, title, period_kind, period_label, published_on,"
				+ " notes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(organisationId, title, period.key(), label, on, notes, Rows.utc(clock.instant()), who)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (Bulletin.FinanceLine f : finances) {
			jdbc.sql("INSERT INTO disclosure_bulletin_finance (bulletin_id, line_no, direction, item, amount_yuan,"
					+ " remark) VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, f.lineNo(), f.income() ? "income" : "expense", f.item(), f.amountYuan(), f.remark())
				.update();
		}
		for (Bulletin.PaymentLine p : payments) {
			jdbc.sql("INSERT INTO disclosure_bulletin_payment (bulletin_id, line_no, household_head, id_number, phone,"
					+ " subsidy, amount_yuan, remark) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, p.lineNo(), p.householdHead(), p.idNumber(), p.phone(), p.subsidy(), p.amountYuan(),
						p.remark())
				.update();
		}
		audit.record("disclosure.bulletin.published", "disclosure-bulletin", String.valueOf(id), null,
				"village=" + village.code() + "; title=" + title + "; finances=" + finances.size() + "; payments="
						+ payments.size(),
				null);
		return one(id);
	}

	private Bulletin one(long id) {
		return load("WHERE b.id = ?", id).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("disclosure.bulletin.error.notFound", id));
	}

	private List<Bulletin> load(String where, long param) {
		List<Object[]> heads = jdbc.sql("SELECT b.id, b.organisation_id, b.title, b.period_kind, b.period_label,"
				+ " b.published_on, b.notes, b.created_by FROM disclosure_bulletin b " + where
				+ " ORDER BY b.published_on DESC, b.id DESC").param(param)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
					rs.getString("period_kind"), rs.getString("period_label"), Rows.date(rs, "published_on"),
					rs.getString("notes"), rs.getString("created_by") })
			.list();
		if (heads.isEmpty()) {
			return List.of();
		}
		List<Long> ids = heads.stream().map(h -> (Long) h[0]).toList();
		Map<Long, List<Bulletin.FinanceLine>> finances = new HashMap<>();
		jdbc.sql("SELECT bulletin_id, line_no, direction, item, amount_yuan, remark FROM disclosure_bulletin_finance"
				+ " WHERE bulletin_id IN (:ids) ORDER BY bulletin_id, line_no").param("ids", ids)
			.query((ResultSet rs) -> {
				finances.computeIfAbsent(rs.getLong("bulletin_id"), k -> new ArrayList<>())
					.add(new Bulletin.FinanceLine(rs.getInt("line_no"), "income".equals(rs.getString("direction")),
							rs.getString("item"), rs.getBigDecimal("amount_yuan"), rs.getString("remark")));
			});
		Map<Long, List<Bulletin.PaymentLine>> payments = new HashMap<>();
		jdbc.sql("SELECT bulletin_id, line_no, household_head, id_number, phone, subsidy, amount_yuan, remark"
				+ " FROM disclosure_bulletin_payment WHERE bulletin_id IN (:ids) ORDER BY bulletin_id, line_no")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				payments.computeIfAbsent(rs.getLong("bulletin_id"), k -> new ArrayList<>()).add(payment(rs));
			});
		return heads.stream()
			.map(h -> new Bulletin((Long) h[0], (Long) h[1], (String) h[2],
					Keyed.parse(BulletinPeriod.class, (String) h[3]).orElse(BulletinPeriod.IMMEDIATE), (String) h[4],
					(LocalDate) h[5], (String) h[6], (String) h[7], finances.getOrDefault((Long) h[0], List.of()),
					payments.getOrDefault((Long) h[0], List.of())))
			.toList();
	}

	private static Bulletin.PaymentLine payment(ResultSet rs) throws SQLException {
		BigDecimal amount = rs.getBigDecimal("amount_yuan");
		return new Bulletin.PaymentLine(rs.getInt("line_no"), rs.getString("household_head"), rs.getString("id_number"),
				rs.getString("phone"), rs.getString("subsidy"), amount, rs.getString("remark"));
	}
}
