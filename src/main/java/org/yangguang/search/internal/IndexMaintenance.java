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

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.yangguang.search.RebuildResult;

/**
 * Keeps this node's index in step with the database: replays the change table (asking each item's
 * {@link org.yangguang.shared.SearchSource} for its current state: present → index it, absent → remove it; an
 * organisation-wide row stands for every item of that organisation this index holds) and rebuilds the whole index
 * from the sources when asked, when the index is new or empty, when it was built from another database, or when
 * changes it had not applied yet were pruned (it was away longer than the node timeout). After each step it
 * reports its position in {@code search_node}, so that the changes every live node has applied can be pruned.
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
	private final NodeReport node;
	private final SearchProperties properties;
	private final Clock clock;
	private final ReentrantLock lock = new ReentrantLock();

	private volatile ChangeCursor cursor;
	private String epoch;

	IndexMaintenance(LuceneIndex index, SearchChanges changes, PublicItems publicItems, NodePositions nodes,
			SearchProperties properties, Clock clock) {
		this.index = index;
		this.changes = changes;
		this.publicItems = publicItems;
		this.node = new NodeReport(nodes, properties, index, clock);
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
			boolean passed = ours && Long.parseLong(committed.get(POSITION)) < changes.prunedThrough();
			if (!ours || passed || index.size() == 0) {
				log.info("Search index at {} is {}: rebuilding it from the database", index.location(),
						!committed.containsKey(POSITION) ? "new" : !ours ? "from another database"
								: passed ? "older than the oldest change kept" : "empty");
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

	/** This node's name in {@code search_node}. */
	public String nodeId() {
		return node.nodeId();
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
			// read after the rows: a prune that deleted rows this node still needed is seen here
			long pruned = changes.prunedThrough();
			if (working.position() < pruned) {
				log.warn("Search changes up to {} were pruned while this index was at {}: rebuilding it", pruned,
						working.position());
				return applied + (int) rebuildLocked().items();
			}
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
				node.report(cursor.position());
				return applied;
			}
		}
	}

	private int applyLocked(List<ChangeCursor.Change> toApply, long position) {
		Set<PublicItems.ItemRef> items = new LinkedHashSet<>();
		for (ChangeCursor.Change change : toApply) {
			if (change.isOrganisationWide()) {
				items.addAll(itemsOf(change));
			}
			else {
				items.add(new PublicItems.ItemRef(change.source(), change.itemId()));
			}
		}
		PublicItems.CurrentState current = publicItems.current(items);
		index.apply(current.documents(), current.gone(), commitData(position, index.committed().get(REBUILT_AT)));
		return current.size();
	}

	/** The items this index holds of the organisation an organisation-wide change names (or of its subtree). */
	private List<PublicItems.ItemRef> itemsOf(ChangeCursor.Change change) {
		String field = ChangeCursor.Change.WITHIN.equals(change.source()) ? Fields.ORG_WITHIN : Fields.ORG;
		TermQuery query = new TermQuery(new Term(field, change.itemId()));
		return index.read(searcher -> {
			StoredFields stored = searcher.storedFields();
			List<PublicItems.ItemRef> found = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
				var doc = stored.document(hit.doc, Set.of(Fields.SOURCE, Fields.ID));
				found.add(new PublicItems.ItemRef(doc.get(Fields.SOURCE), doc.get(Fields.ID)));
			}
			return found;
		});
	}

	private RebuildResult rebuildLocked() {
		long started = System.nanoTime();
		Instant now = clock.instant();
		long latest = changes.latest();
		// pruned numbers are not open transactions: every live node had applied them
		long windowStart = Math.max(Math.max(1, latest - RECENT_WINDOW + 1), changes.prunedThrough() + 1);
		ChangeCursor rebuilt = ChangeCursor.afterRebuild(latest,
				windowStart > latest ? List.of() : changes.numbersBetween(windowStart, latest), windowStart, now);
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
		node.report(rebuilt.position());
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
