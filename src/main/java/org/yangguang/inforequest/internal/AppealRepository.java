package org.yangguang.inforequest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.inforequest.Appeal;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;

/** 行政复议、行政诉讼 records in {@code inforequest_appeal}, one per request, kind and filing date. */
@Repository
public class AppealRepository {

	private final JdbcClient jdbc;

	AppealRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the case, or updates its result when the same case (kind and filing date) is recorded again. */
	public void save(long requestId, AppealKind kind, LocalDate filedOn, AppealResult result, LocalDate decidedOn,
			String note, Instant at) {
		int updated = jdbc.sql("""
				UPDATE inforequest_appeal SET result = :result, decided_on = :decided, note = :note, recorded_at = :at
				WHERE request_id = :request AND kind = :kind AND filed_on = :filed""")
			.param("result", result.name()).param("decided", decidedOn).param("note", note)
			.param("at", RequestRepository.utc(at)).param("request", requestId).param("kind", kind.name())
			.param("filed", filedOn).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO inforequest_appeal (request_id, kind, filed_on, result, decided_on, note, recorded_at)
					VALUES (:request, :kind, :filed, :result, :decided, :note, :at)""")
				.param("request", requestId).param("kind", kind.name()).param("filed", filedOn)
				.param("result", result.name()).param("decided", decidedOn).param("note", note)
				.param("at", RequestRepository.utc(at)).update();
		}
	}

	public List<Appeal> find(long requestId) {
		return jdbc.sql("""
				SELECT id, kind, filed_on, result, decided_on, note FROM inforequest_appeal
				WHERE request_id = :request ORDER BY filed_on, id""")
			.param("request", requestId)
			.query((rs, n) -> new Appeal(rs.getLong("id"), AppealKind.valueOf(rs.getString("kind")),
					rs.getObject("filed_on", LocalDate.class), AppealResult.valueOf(rs.getString("result")),
					rs.getObject("decided_on", LocalDate.class), rs.getString("note")))
			.list();
	}
}
