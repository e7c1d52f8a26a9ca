package org.yangguang.inforequest.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.inforequest.WithheldPart;

/** The {@code inforequest_withheld_part} table: the withheld parts of a partial disclosure (条例第三十七条). */
@Repository
public class WithheldPartRepository {

	private final JdbcClient jdbc;

	WithheldPartRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long requestId, List<WithheldPart> parts) {
		for (int i = 0; i < parts.size(); i++) {
			jdbc.sql("INSERT INTO inforequest_withheld_part (request_id, part_no, part, ground) VALUES (?, ?, ?, ?)")
				.params(requestId, i + 1, parts.get(i).part(), parts.get(i).ground()).update();
		}
	}

	public List<WithheldPart> find(long requestId) {
		return jdbc.sql("SELECT part, ground FROM inforequest_withheld_part WHERE request_id = ? ORDER BY part_no")
			.param(requestId).query((rs, n) -> new WithheldPart(rs.getString("part"), rs.getString("ground"))).list();
	}
}
