package org.yangguang.search.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search index ({@code yangguang.search.*}).
 *
 * @param path         this node's index directory; {@code temp} for a temporary one deleted at shutdown. Unset: a
 *                     temporary one on an in-memory database (the index must not outlive its database), otherwise
 *                     {@code ./data/search-index}
 * @param pollInterval how often the change table is read
 * @param gapGrace     how long a missing change number is waited for before it is taken as rolled back
 * @param batchSize    changes read at a time, and items per page when rebuilding
 * @param rebuild      rebuild the index from the database at startup, then exit (the rebuild command)
 * @param nodeId       this node's name in {@code search_node}, where it reports how far it has replayed. Unset:
 *                     the host name and the index directory
 * @param nodeTimeout  a node not seen for this long no longer keeps changes from being pruned; it rebuilds its
 *                     index when it returns
 * @param pruneInterval how often changes every live node has applied are deleted (by one node at a time)
 */
@ConfigurationProperties("yangguang.search")
public record SearchProperties(String path, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("2m") Duration gapGrace, @DefaultValue("500") int batchSize, boolean rebuild, String nodeId,
		@DefaultValue("7d") Duration nodeTimeout, @DefaultValue("1h") Duration pruneInterval) {

	public static final String TEMPORARY = "temp";
	public static final String DEFAULT_PATH = "./data/search-index";
}
