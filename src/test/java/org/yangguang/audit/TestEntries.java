package org.yangguang.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Entries written by a test under a subject id of its own, and raw access to their rows so that a test can
 * tamper with one and put it back exactly as it was (the database is shared by the whole suite).
 */
final class TestEntries {

	static final String SUBJECT_TYPE = "audit-test";

	private final AuditLog auditLog;
	private final JdbcClient jdbc;
	final String subjectId = UUID.randomUUID().toString();

	TestEntries(AuditLog auditLog, JdbcClient jdbc) {
		this.auditLog = auditLog;
		this.jdbc = jdbc;
	}

	/** Appends {@code count} entries and returns their sequence numbers in chain order. */
	List<Long> append(int count) {
		for (int i = 1; i <= count; i++) {
			auditLog.record("audit-test.changed", SUBJECT_TYPE, subjectId, "{\"step\":" + (i - 1) + "}",
					"{\"step\":" + i + "}", "测试第 " + i + " 步");
		}
		return seqs();
	}

	/** This test's entries, oldest first. */
	List<AuditEntry> entries() {
		List<AuditEntry> entries = new ArrayList<>(auditLog.find(query(), 0, AuditPage.MAX_SIZE).content());
		Collections.reverse(entries);
		return entries;
	}

	AuditQuery query() {
		return new AuditQuery(null, null, SUBJECT_TYPE, subjectId, null, null);
	}

	String storedHash(long seq) {
		return jdbc.sql("SELECT hash FROM audit_entry WHERE seq = :seq").param("seq", seq).query(String.class)
			.single();
	}

	List<Long> seqs() {
		return jdbc.sql("SELECT seq FROM audit_entry WHERE subject_id = :id ORDER BY seq").param("id", subjectId)
			.query(Long.class).list();
	}

	Map<String, Object> row(long seq) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE seq = :seq").param("seq", seq).query((rs, n) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
				String column = rs.getMetaData().getColumnLabel(c).toLowerCase();
				row.put(column, "occurred_at".equals(column) ? rs.getObject(c, OffsetDateTime.class) : rs.getObject(c));
			}
			return row;
		}).single();
	}

	void restore(Map<String, Object> row) {
		jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq").param("seq", row.get("seq")).update();
		String columns = String.join(", ", row.keySet());
		String values = ":" + String.join(", :", row.keySet());
		jdbc.sql("INSERT INTO audit_entry (" + columns + ") VALUES (" + values + ")").params(row).update();
	}
}
