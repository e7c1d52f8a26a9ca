package org.yangguang.search;

import java.time.Instant;

/**
 * The state of this node's index, for administrators.
 *
 * @param items          items in the index
 * @param applied        the change up to which the index is complete (sequence number)
 * @param latest         the newest change recorded in the database
 * @param location       where the index lives on this node
 * @param temporary      true when it lives in a temporary directory (deleted when the node stops)
 * @param lastRebuild    when the index was last rebuilt from the database, or null if its commit does not say
 */
public record IndexStatus(long items, long applied, long latest, String location, boolean temporary,
		Instant lastRebuild) {

	/** Changes recorded but not yet in this node's index. */
	public long behind() {
		return Math.max(0, latest - applied);
	}
}
