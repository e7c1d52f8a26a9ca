package org.yangguang.search;

import java.io.Serializable;
import java.time.Duration;

/**
 * What a rebuild of the local index did. Serializable: the administration page carries it to the next page in the
 * (database-stored) session as a flash attribute.
 *
 * @param items    items indexed
 * @param position the last change (sequence number in the change table) the rebuilt index reflects
 * @param took     how long it took
 */
public record RebuildResult(long items, long position, Duration took) implements Serializable {
}
