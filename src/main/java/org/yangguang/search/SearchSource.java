package org.yangguang.search;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by each module whose public content is searchable. Search asks it for the current state of an item
 * when the change table says the item changed, and for everything when the index is rebuilt.
 */
public interface SearchSource {

	/** The source name used in {@link SearchIndex#changed}, e.g. {@code document}. */
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
