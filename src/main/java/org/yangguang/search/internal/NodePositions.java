package org.yangguang.search.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 节点位置 — how far each node has replayed the change table ({@code search_node}), and when it last said so.
 * Only the change table's pruning reads it.
 */
@Repository
class NodePositions {

	private final JdbcClient jdbc;

	NodePositions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records, in a statement of its own, that {@code node} has applied every change up to {@code position}. */
	void report(String node, long position, Instant at) {
		int updated = jdbc.sql("UPDATE search_node SET position = ?, seen_at = ? WHERE node_id = ?")
			.params(position, at.atOffset(ZoneOffset.UTC), node).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO search_node (node_id, position, seen_at) VALUES (?, ?, ?)")
				.params(node, position, at.atOffset(ZoneOffset.UTC)).update();
		}
	}

	/** The lowest position of the nodes seen since {@code since}; empty if none was. */
	OptionalLong lowestSince(Instant since) {
		return jdbc.sql("SELECT MIN(position) FROM search_node WHERE seen_at >= ?")
			.param(since.atOffset(ZoneOffset.UTC)).query((rs, n) -> {
				long lowest = rs.getLong(1);
				return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(lowest);
			}).single();
	}

	/** Forgets the nodes not seen since {@code since}; returns how many. */
	int forgetNotSeenSince(Instant since) {
		return jdbc.sql("DELETE FROM search_node WHERE seen_at < ?").param(since.atOffset(ZoneOffset.UTC)).update();
	}
}
