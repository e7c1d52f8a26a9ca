package org.yangguang.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.audit.AuditEntry;
import org.yangguang.audit.AuditQuery;

/** The stored chain. Entries are inserted and read, never updated or deleted; only the head row moves. */
@Repository
public class AuditEntries {

	private static final String COLUMNS = "seq, occurred_at, actor, client_ip, action, subject_type, subject_id, "
			+ "before_state, after_state, reason, previous_hash, hash";

	private final JdbcClient jdbc;
	private final ZoneId zone;

	AuditEntries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/** Reads the head and locks it until the current transaction ends: appends from every node queue here. */
	ChainHead lockHead() {
		return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
				.query(ChainHead.class).single();
	}

	ChainHead head() {
		return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1").query(ChainHead.class)
				.single();
	}

	void append(AuditEntry entry) {
		jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:seq, :occurredAt, :actor, :ip, :action, "
				+ ":subjectType, :subjectId, :before, :after, :reason, :previousHash, :hash)")
				.param("seq", entry.seq())
				.param("occurredAt", entry.occurredAt().withOffsetSameInstant(ZoneOffset.UTC))
				.param("actor", entry.actor())
				.param("ip", entry.ip())
				.param("action", entry.action())
				.param("subjectType", entry.subjectType())
				.param("subjectId", entry.subjectId())
				.param("before", entry.before())
				.param("after", entry.after())
				.param("reason", entry.reason())
				.param("previousHash", entry.previousHash())
				.param("hash", entry.hash())
				.update();
		jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
				.param("seq", entry.seq()).param("hash", entry.hash()).update();
	}

	/** Up to {@code limit} entries after {@code afterSeq} and not beyond {@code lastSeq}, in chain order. */
	List<AuditEntry> chunk(long afterSeq, long lastSeq, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE seq > :after AND seq <= :last "
				+ "ORDER BY seq LIMIT :limit")
				.param("after", afterSeq).param("last", lastSeq).param("limit", limit)
				.query(this::entry).list();
	}

	public List<AuditEntry> find(AuditQuery query, long offset, int limit) {
		Filter filter = new Filter(query);
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + filter.where()
				+ " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
				.params(filter.params).param("limit", limit).param("offset", offset)
				.query(this::entry).list();
	}

	public long count(AuditQuery query) {
		Filter filter = new Filter(query);
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + filter.where()).params(filter.params)
				.query(Long.class).single();
	}

	private AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"),
				rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
				rs.getString("actor"), rs.getString("client_ip"), rs.getString("action"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("reason"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}

	/** The WHERE clause for the filters that are set; values are always bound, never spliced in. */
	private static final class Filter {

		private final List<String> conditions = new ArrayList<>();
		private final Map<String, Object> params = new LinkedHashMap<>();

		Filter(AuditQuery query) {
			add("actor = :actor", "actor", query.actor());
			add("action = :action", "action", query.action());
			add("subject_type = :subjectType", "subjectType", query.subjectType());
			add("subject_id = :subjectId", "subjectId", query.subjectId());
			add("occurred_at >= :from", "from",
					query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC));
			add("occurred_at < :to", "to", query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC));
		}

		private void add(String condition, String name, Object value) {
			if (value != null) {
				conditions.add(condition);
				params.put(name, value);
			}
		}

		String where() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}
	}
}
