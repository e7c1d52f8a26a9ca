package org.yangguang.search;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search index is derived data. Modules report that an item changed by appending to the change table inside
 * their own transaction; every node replays the table into its local index, so no node depends on another.
 */
@Service
public class SearchIndex {

	private final JdbcClient jdbc;
	private final Clock clock;

	SearchIndex(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records that item {@code id} of {@code source} changed (published, amended, withdrawn…). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(String source, String id) {
		jdbc.sql("INSERT INTO search_change (source, item_id, changed_at) VALUES (?, ?, ?)")
			.params(source, id, clock.instant().atOffset(ZoneOffset.UTC)).update();
	}
}
