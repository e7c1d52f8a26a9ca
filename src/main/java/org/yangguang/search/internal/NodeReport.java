package org.yangguang.search.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * 本节点 — this node's name in {@code search_node} and its reports of how far it has replayed: when the position
 * moved, and once a heartbeat while it stays (a minute, or a quarter of the node timeout if that is shorter), so
 * that the other nodes' prune counts it as live.
 */
final class NodeReport {

	static final Duration HEARTBEAT = Duration.ofMinutes(1);

	private final NodePositions nodes;
	private final String nodeId;
	private final Duration heartbeat;
	private final Clock clock;
	private long reportedPosition = -1;
	private Instant reportedAt = Instant.MIN;

	NodeReport(NodePositions nodes, SearchProperties properties, LuceneIndex index, Clock clock) {
		this.nodes = nodes;
		this.nodeId = properties.nodeId() != null && !properties.nodeId().isBlank() ? properties.nodeId().strip()
				: hostName() + ":" + index.location().toAbsolutePath();
		Duration quarter = properties.nodeTimeout().dividedBy(4);
		this.heartbeat = quarter.compareTo(HEARTBEAT) < 0 ? quarter : HEARTBEAT;
		this.clock = clock;
	}

	String nodeId() {
		return nodeId;
	}

	/** Reports {@code position} if it moved or the heartbeat is due; callers hold the maintenance lock. */
	void report(long position) {
		Instant now = clock.instant();
		if (position != reportedPosition || !now.isBefore(reportedAt.plus(heartbeat))) {
			nodes.report(nodeId, position, now);
			reportedPosition = position;
			reportedAt = now;
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "localhost";
		}
	}
}
