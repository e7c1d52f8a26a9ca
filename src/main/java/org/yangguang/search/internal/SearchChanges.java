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

/**
 * The change table ({@code search_change}) as the replay reads it, its pruning, and the database's search epoch.
 * Rows up to {@link #prunedThrough()} have been deleted once every live node had applied them.
 */
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

	/** The newest change's number, or the last pruned number if the table is empty now (0 if there never was one). */
	public long latest() {
		long newest = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM search_change").query(Long.class).single();
		return Math.max(newest, prunedThrough());
	}

	/**
	 * Every change up to this number has been deleted (0: none ever was). A node whose index is older than this
	 * may have missed some of them and must rebuild.
	 */
	long prunedThrough() {
		return jdbc.sql("SELECT pruned_through FROM search_epoch WHERE id = 1").query(Long.class).optional()
			.orElse(0L);
	}

	/**
	 * Deletes the changes up to {@code through} in the caller's transaction and remembers that it did; false if
	 * they were pruned before, or if there is no epoch yet (no node ever started).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean pruneThrough(long through) {
		int marked = jdbc.sql("UPDATE search_epoch SET pruned_through = ? WHERE id = 1 AND pruned_through < ?")
			.params(through, through).update();
		if (marked == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM search_change WHERE seq <= ?").param(through).update();
		return true;
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
