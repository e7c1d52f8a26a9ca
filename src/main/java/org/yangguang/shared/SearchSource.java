package org.yangguang.shared;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by each module whose public content is searchable. Search asks it for the current state of an item
 * when the change table says the item changed, and for everything when the index is rebuilt. The module tells
 * search about changes only by publishing its events; search's listener turns them into change-table rows.
 * It lives in the shared kernel, not in {@code search}, so that a module can feed search while search listens to
 * that module's events (a module depending on search and search on it would be a cycle).
 */
public interface SearchSource {

	/** The source name in the change table and in search hits, e.g. {@code document}. */
	String name();

	/** The item as it should be found now; empty if it is no longer public (withdrawn, deleted). */
	Optional<Searchable> find(String id);

	/**
	 * A page of all public items, ordered by id, for a rebuild: ids greater than {@code afterId} ({@code null} for
	 * the first page; afterwards the id of the last item of the previous page). A page shorter than {@code size}
	 * is the last.
	 */
	List<Searchable> page(String afterId, int size);
}
