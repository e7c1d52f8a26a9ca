package org.yangguang.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.yangguang.search.RebuildResult;

/**
 * Keeps this node's index in step with the database: replays the change table (asking each item's
 * {@link org.yangguang.search.SearchSource} for its current state: present → index it, absent → remove it) and rebuilds the whole index
 * from the sources when asked, when the index is new or empty, or when it was built from another database.
 * One writer at a time; searches carry on against the last committed state meanwhile.
 */
@Service
public class IndexMaintenance {

	private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

	static final String POSITION = "position";
	static final String EPOCH = "epoch";
	static final String REBUILT_AT = "rebuiltAt";
	/** After a rebuild, this many of the latest change numbers are checked for transactions still open. */
	static final long RECENT_WINDOW = 1000;

	private final LuceneIndex index;
	private final SearchChanges changes;
	private final PublicItems publicItems;
	private final SearchProperties properties;
	private final Clock clock;
	private final ReentrantLock lock = new ReentrantLock();

	private volatile ChangeCursor cursor;
	private String epoch;

	IndexMaintenance(LuceneIndex index, SearchChanges changes, PublicItems publicItems, SearchProperties properties,
			Clock clock) {
		this.index = index;
		this.changes = changes;
		this.publicItems = publicItems;
		this.properties = properties;
		this.clock = clock;
	}

	/** Brings the index up to date when the node starts: a rebuild if it is new, empty or foreign, else a replay. */
	public void start() {
		lock.lock();
		try {
			epoch = changes.epoch();
			Map<String, String> committed = index.committed();
			boolean ours = epoch.equals(committed.get(EPOCH)) && committed.containsKey(POSITION);
			if (!ours || index.size() == 0) {
				log.info("Search index at {} is {}: rebuilding it from the database", index.location(),
						!committed.containsKey(POSITION) ? "new" : !ours ? "from another database" : "empty");
				rebuildLocked();
			}
			else {
				cursor = new ChangeCursor(Long.parseLong(committed.get(POSITION)));
			}
			catchUpLocked();
		}
		finally {
			lock.unlock();
		}
	}

	public boolean started() {
		return cursor != null;
	}

	/** Applies the changes recorded since the last call; returns how many items were updated or removed. */
	public int catchUp() {
		if (!started()) {
			return 0;
		}
		lock.lock();
		try {
			return catchUpLocked();
		}
		finally {
			lock.unlock();
		}
	}

	/** Rebuilds this node's index from every source; searches see the old index until the new one is complete. */
	public RebuildResult rebuild() {
		lock.lock();
		try {
			if (epoch == null) {
				epoch = changes.epoch();
			}
			return rebuildLocked();
		}
		finally {
			lock.unlock();
		}
	}

	/** Everything up to this change number is in the index (0 before the node started). */
	public long position() {
		ChangeCursor current = cursor;
		return current == null ? 0 : current.position();
	}

	/** When the index was last rebuilt from the database, as its last commit records. */
	public Optional<Instant> lastRebuild() {
		return Optional.ofNullable(index.committed().get(REBUILT_AT)).map(Instant::parse);
	}

	private int catchUpLocked() {
		int applied = 0;
		while (true) {
			ChangeCursor working = cursor.copy();
			List<ChangeCursor.Change> read = new ArrayList<>();
			working.gapSpan().ifPresent(span -> read.addAll(changes.between(span.from(), span.to())));
			List<ChangeCursor.Change> fresh = changes.after(working.maxSeen(), properties.batchSize());
			read.addAll(fresh);
			List<ChangeCursor.Change> toApply = working.advance(read, clock.instant(), properties.gapGrace());
			if (toApply.stream().anyMatch(ChangeCursor.Change::isRebuild)) {
				log.info("A rebuild of the search index was requested (change {})", working.maxSeen());
				return applied + (int) rebuildLocked().items();
			}
			if (!toApply.isEmpty() || working.position() != cursor.position()) {
				applied += applyLocked(toApply, working.position());
			}
			cursor = working;
			if (fresh.size() < properties.batchSize()) {
				return applied;
			}
		}
	}

	private int applyLocked(List<ChangeCursor.Change> toApply, long position) {
		Set<PublicItems.ItemRef> items = new LinkedHashSet<>();
		toApply.forEach(c -> items.add(new PublicItems.ItemRef(c.source(), c.itemId())));
		PublicItems.CurrentState current = publicItems.current(items);
		index.apply(current.documents(), current.gone(), commitData(position, index.committed().get(REBUILT_AT)));
		return current.size();
	}

	private RebuildResult rebuildLocked() {
		long started = System.nanoTime();
		Instant now = clock.instant();
		long latest = changes.latest();
		long windowStart = Math.max(1, latest - RECENT_WINDOW + 1);
		ChangeCursor rebuilt = ChangeCursor.afterRebuild(latest,
				latest == 0 ? List.of() : changes.numbersBetween(windowStart, latest), windowStart, now);
		long items;
		index.clear();
		try {
			items = publicItems.all(properties.batchSize(), index::add);
			index.commit(commitData(rebuilt.position(), now.toString()));
		}
		catch (RuntimeException e) {
			index.discard();
			throw e;
		}
		cursor = rebuilt;
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Search index rebuilt: {} items up to change {} in {} ms", items, rebuilt.position(),
				took.toMillis());
		return new RebuildResult(items, rebuilt.position(), took);
	}

	private Map<String, String> commitData(long position, String rebuiltAt) {
		Map<String, String> data = new HashMap<>();
		data.put(POSITION, String.valueOf(position));
		data.put(EPOCH, epoch);
		if (rebuiltAt != null) {
			data.put(REBUILT_AT, rebuiltAt);
		}
		return data;
	}
}
