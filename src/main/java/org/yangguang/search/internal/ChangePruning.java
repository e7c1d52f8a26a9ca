package org.yangguang.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.shared.JobLock;

/**
 * 清理变更表 — deletes the changes every live node has applied. A node is live when it reported its position
 * within the node timeout; a node not seen for longer holds nothing back and is forgotten. When it returns its
 * index is older than the oldest change kept, and it rebuilds from the database ({@link IndexMaintenance}).
 * One node at a time ({@link JobLock}).
 */
@Component
class ChangePruning {

	private static final Logger log = LoggerFactory.getLogger(ChangePruning.class);
	static final String JOB = "search-prune";

	private final SearchChanges changes;
	private final NodePositions nodes;
	private final SearchProperties properties;
	private final JobLock lock;
	private final Clock clock;

	ChangePruning(SearchChanges changes, NodePositions nodes, SearchProperties properties, JobLock lock,
			Clock clock) {
		this.changes = changes;
		this.nodes = nodes;
		this.properties = properties;
		this.lock = lock;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${yangguang.search.prune-interval:1h}",
			initialDelayString = "${yangguang.search.prune-interval:1h}")
	void scheduled() {
		if (lock.tryAcquire(JOB, Duration.ofMinutes(10))) {
			try {
				prune();
			}
			finally {
				lock.release(JOB);
			}
		}
	}

	/** Deletes the changes every live node has applied; returns the number up to which they are gone now. */
	@Transactional
	public long prune() {
		Instant liveSince = clock.instant().minus(properties.nodeTimeout());
		int forgotten = nodes.forgetNotSeenSince(liveSince);
		if (forgotten > 0) {
			log.info("{} search node(s) not seen since {} no longer hold changes back", forgotten, liveSince);
		}
		OptionalLong horizon = nodes.lowestSince(liveSince);
		if (horizon.isPresent() && changes.pruneThrough(horizon.getAsLong())) {
			log.debug("Search changes up to {} pruned", horizon.getAsLong());
		}
		return changes.prunedThrough();
	}
}
