package org.yangguang.disclosure.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.FeeItem;
import org.yangguang.disclosure.FeeItemInput;

/**
 * 收费目录 — each organisation's fee items and the amounts collected per year (the figure of table 二, 第二十条
 * 第（八）项). Maintained by the leader or the disclosure office; items are retired, never deleted.
 */
@Service
@Transactional(readOnly = true)
public class FeeCatalog {


	private static final String SELECT = "SELECT id, organisation_id, name, legal_basis, standard, collecting_unit,"
			+ " enterprise_related, retired_at FROM disclosure_fee_item ";

	private final JdbcClient jdbc;
	private final Identity identity;
	private final AuditLog audit;
	private final Clock clock;

	FeeCatalog(JdbcClient jdbc, Identity identity, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/** The organisation's items with their yearly amounts, in two queries. */
	public List<FeeItem> items(long organisationId, boolean withRetired) {
		Map<Long, SortedMap<Integer, BigDecimal>> amounts = new HashMap<>();
		jdbc.sql("SELECT c.fee_item_id, c.collection_year, c.amount_yuan FROM disclosure_fee_collection c"
				+ " JOIN disclosure_fee_item f ON f.id = c.fee_item_id WHERE f.organisation_id = ?")
			.param(organisationId)
			.query((ResultSet rs) -> {
				amounts.computeIfAbsent(rs.getLong("fee_item_id"), k -> new TreeMap<>())
					.put(rs.getInt("collection_year"), rs.getBigDecimal("amount_yuan"));
			});
		return jdbc.sql(SELECT + "WHERE organisation_id = ?" + (withRetired ? "" : " AND retired_at IS NULL")
				+ " ORDER BY name").param(organisationId)
			.query((rs, n) -> map(rs, amounts.getOrDefault(rs.getLong("id"), new TreeMap<>()))).list();
	}

	public FeeItem get(long id) {
		FeeItem item = jdbc.sql(SELECT + "WHERE id = ?").param(id).query((rs, n) -> map(rs, new TreeMap<>()))
			.optional().orElseThrow(() -> new NotFoundException("disclosure.fee.error.notFound", id));
		jdbc.sql("SELECT collection_year, amount_yuan FROM disclosure_fee_collection WHERE fee_item_id = ?").param(id)
			.query((ResultSet rs) -> {
				item.collected().put(rs.getInt("collection_year"), rs.getBigDecimal("amount_yuan"));
			});
		return item;
	}

	@Transactional
	public FeeItem create(long organisationId, FeeItemInput input) {
		identity.requireInScope(organisationId, Role.LEADER, Role.DISCLOSURE_OFFICE);
		return insert(organisationId, input);
	}

	/** Without the permission check: for {@link #create} and the demo data. */
	FeeItem insert(long organisationId, FeeItemInput input) {
		FeeItemInput clean = check(organisationId, input, null);
		Instant now = clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO disclosure_fee_item (organisation_id, name, legal_basis, standard, collecting_unit,"
				+ " enterprise_related, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(organisationId, clean.name(), clean.legalBasis(), clean.standard(), clean.collectingUnit(),
					clean.enterpriseRelated(), Rows.utc(now), Rows.utc(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record("disclosure.fee.created", "disclosure-fee-item", String.valueOf(id), null, clean.toString(), null);
		return get(id);
	}

	@Transactional
	public FeeItem update(long id, FeeItemInput input) {
		FeeItem before = get(id);
		identity.requireInScope(before.organisationId(), Role.LEADER, Role.DISCLOSURE_OFFICE);
		if (before.retired()) {
			throw new RuleViolationException("disclosure.list.error.retired");
		}
		FeeItemInput clean = check(before.organisationId(), input, id);
		jdbc.sql("UPDATE disclosure_fee_item SET name = ?, legal_basis = ?, standard = ?, collecting_unit = ?,"
				+ " enterprise_related = ?, updated_at = ? WHERE id = ?")
			.params(clean.name(), clean.legalBasis(), clean.standard(), clean.collectingUnit(),
					clean.enterpriseRelated(), Rows.utc(clock.instant()), id)
			.update();
		audit.record("disclosure.fee.updated", "disclosure-fee-item", String.valueOf(id), before.toString(),
				clean.toString(), null);
		return get(id);
	}

	@Transactional
	public FeeItem retire(long id, String reason) {
		FeeItem item = get(id);
		identity.requireInScope(item.organisationId(), Role.LEADER, Role.DISCLOSURE_OFFICE);
		String why = ListFields.required("reason", reason, 500);
		if (!item.retired()) {
			jdbc.sql("UPDATE disclosure_fee_item SET retired_at = ?, retired_reason = ?, updated_at = ? WHERE id = ?")
				.params(Rows.utc(clock.instant()), why, Rows.utc(clock.instant()), id).update();
			audit.record("disclosure.fee.retired", "disclosure-fee-item", String.valueOf(id), item.name(), null, why);
		}
		return get(id);
	}

	/** Records (or corrects) the amount collected on an item in a year, in 元. */
	@Transactional
	public FeeItem recordCollection(long id, Integer year, BigDecimal amountYuan) {
		FeeItem item = get(id);
		identity.requireInScope(item.organisationId(), Role.LEADER, Role.DISCLOSURE_OFFICE);
		return collected(item, year, amountYuan, identity.requireUser().displayName());
	}

	/** Without the permission check: for {@link #recordCollection} and the demo data. */
	FeeItem collected(FeeItem item, Integer year, BigDecimal amountYuan, String who) {
		long id = item.id();
		int thisYear = LocalDate.now(clock).getYear();
		if (year == null || year < 2000 || year > thisYear) {
			throw RuleViolationException.onField("year", "disclosure.fee.error.year", 2000, thisYear);
		}
		if (amountYuan == null || amountYuan.signum() < 0 || amountYuan.scale() > 2
				|| amountYuan.compareTo(new BigDecimal("99999999999999")) > 0) {
			throw RuleViolationException.onField("amount", "disclosure.fee.error.amount");
		}
		BigDecimal before = item.collected().get(year);
		Instant now = clock.instant();
		int updated = jdbc.sql("UPDATE disclosure_fee_collection SET amount_yuan = ?, updated_at = ?, updated_by = ?"
				+ " WHERE fee_item_id = ? AND collection_year = ?").params(amountYuan, Rows.utc(now), who, id, year).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO disclosure_fee_collection (fee_item_id, collection_year, amount_yuan, updated_at, updated_by)"
					+ " VALUES (?, ?, ?, ?, ?)").params(id, year, amountYuan, Rows.utc(now), who).update();
		}
		audit.record("disclosure.fee.collected", "disclosure-fee-item", String.valueOf(id),
				before == null ? null : year + "=" + before.toPlainString(), year + "=" + amountYuan.toPlainString(),
				null);
		return get(id);
	}

	private FeeItemInput check(long organisationId, FeeItemInput in, Long self) {
		FeeItemInput clean = new FeeItemInput(ListFields.required("name", in.name(), 200),
				ListFields.required("legalBasis", in.legalBasis(), 2000),
				ListFields.required("standard", in.standard(), 1000),
				ListFields.required("collectingUnit", in.collectingUnit(), 200), in.enterpriseRelated());
		boolean taken = jdbc.sql("SELECT COUNT(*) FROM disclosure_fee_item WHERE organisation_id = ? AND name = ?"
				+ " AND id <> ?").params(organisationId, clean.name(), self == null ? -1L : self).query(Long.class)
			.single() > 0;
		if (taken) {
			throw RuleViolationException.onField("name", "disclosure.fee.error.nameTaken", clean.name());
		}
		return clean;
	}

	private static FeeItem map(ResultSet rs, SortedMap<Integer, BigDecimal> collected) throws SQLException {
		return new FeeItem(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
				rs.getString("legal_basis"), rs.getString("standard"), rs.getString("collecting_unit"),
				rs.getBoolean("enterprise_related"), Rows.instant(rs, "retired_at"), collected);
	}
}
