package org.yangguang.search.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The change table ({@code search_change}) as the replay reads it, and the database's search epoch. */
@Repository
public class SearchChanges {

	private final JdbcClient jdbc;
	private final Clock clock;

	SearchChanges(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Appends a change in the caller's transaction. */
	public void append(String source, String itemId) {
		jdbc.sql("INSERT INTO search_change (source, item_id, changed_at) VALUES (?, ?, ?)")
			.params(source, itemId, clock.instant().atOffset(ZoneOffset.UTC)).update();
	}

	/** Appends, in a transaction of its own, the request that every node rebuild its index. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void appendRebuildRequest() {
		append(ChangeCursor.Change.REBUILD, ChangeCursor.Change.REBUILD);
	}

	/** Changes after {@code seq}, oldest first, at most {@code limit}. */
	List<ChangeCursor.Change> after(long seq, int limit) {
		return jdbc.sql("SELECT seq, source, item_id FROM search_change WHERE seq > ? ORDER BY seq LIMIT ?")
			.params(seq, limit)
			.query((rs, n) -> new ChangeCursor.Change(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Changes numbered {@code from}–{@code to}, inclusive. */
	List<ChangeCursor.Change> between(long from, long to) {
		return jdbc.sql("SELECT seq, source, item_id FROM search_change WHERE seq >= ? AND seq <= ? ORDER BY seq")
			.params(from, to)
			.query((rs, n) -> new ChangeCursor.Change(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The numbers present from {@code from} to {@code to}, inclusive. */
	List<Long> numbersBetween(long from, long to) {
		return jdbc.sql("SELECT seq FROM search_change WHERE seq >= ? AND seq <= ? ORDER BY seq")
			.params(from, to).query(Long.class).list();
	}

	/** The newest change's number, 0 if there is none. */
	public long latest() {
		return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM search_change").query(Long.class).single();
	}

	/**
	 * The database's search epoch: created once, it tells a node whether its index was built from this database.
	 * An index that carries another epoch (a copied data directory, a database restored or replaced) is rebuilt.
	 * Each statement runs on its own (no surrounding transaction), so a node that loses the race to create it
	 * simply reads the winner's.
	 */
	public String epoch() {
		Optional<String> existing = readEpoch();
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			jdbc.sql("INSERT INTO search_epoch (id, epoch, created_at) VALUES (1, ?, ?)")
				.params(UUID.randomUUID().toString(), clock.instant().atOffset(ZoneOffset.UTC)).update();
		}
		catch (DuplicateKeyException e) {
			// another node created it at the same moment
		}
		return readEpoch().orElseThrow();
	}

	private Optional<String> readEpoch() {
		return jdbc.sql("SELECT epoch FROM search_epoch WHERE id = 1").query(String.class).optional();
	}
}
