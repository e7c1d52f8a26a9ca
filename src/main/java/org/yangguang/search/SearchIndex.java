package org.yangguang.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.yangguang.audit.AuditLog;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.search.internal.IndexMaintenance;
import org.yangguang.search.internal.IndexQueries;
import org.yangguang.search.internal.LuceneIndex;
import org.yangguang.search.internal.SearchChanges;
import org.yangguang.shared.RuleViolationException;

/**
 * The search index is derived data. Modules publish events when their public content changes; search's own
 * listener appends what must be read again to the change table, and every node replays the table into its local
 * index, so no node depends on another. The public searches through {@link #search}; administrators can have
 * every node rebuild its index.
 */
@Service
public class SearchIndex {

	private final SearchChanges changes;
	private final IndexQueries queries;
	private final IndexMaintenance maintenance;
	private final LuceneIndex index;
	private final Organisations organisations;
	private final AuditLog audit;

	SearchIndex(SearchChanges changes, IndexQueries queries, IndexMaintenance maintenance, LuceneIndex index,
			Organisations organisations, AuditLog audit) {
		this.changes = changes;
		this.queries = queries;
		this.maintenance = maintenance;
		this.index = index;
		this.organisations = organisations;
		this.audit = audit;
	}

	/**
	 * One page of results. An unknown organisation code is rejected (parameter {@code org}); a well-formed query
	 * that matches nothing gives an empty page.
	 */
	public SearchResults search(SearchQuery query) {
		Long organisationId = null;
		if (query.organisationCode() != null) {
			organisationId = organisations.findByCode(query.organisationCode()).map(Organisation::id)
				.orElseThrow(() -> RuleViolationException.onField("org", "search.error.org", query.organisationCode()));
		}
		return queries.search(query, organisationId);
	}

	/** The values each filter can take now, with their counts, for the search form. */
	public FilterOptions filterOptions() {
		IndexQueries.ValueCounts counts = queries.valueCounts();
		Map<String, Long> byCode = counts.organisationCodes();
		List<FilterOptions.Option> organisationOptions = organisations.inTreeOrder().stream()
			.filter(o -> byCode.containsKey(o.code()))
			.map(o -> new FilterOptions.Option(o.code(), o.name(), byCode.get(o.code())))
			.toList();
		return new FilterOptions(organisationOptions, byName(counts.columns()), byName(counts.topics()),
				byName(counts.genres()), byName(counts.validities()),
				options(counts.years(), Comparator.comparing(FilterOptions.Option::value).reversed()));
	}

	/**
	 * Rebuilds this node's index from the database now and asks every other node to do the same (through the
	 * change table). Audited.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public RebuildResult rebuild() {
		changes.appendRebuildRequest();
		RebuildResult result = maintenance.rebuild();
		audit.record("search.rebuilt", "search-index", index.location().toString(), null,
				"items=" + result.items() + " position=" + result.position(), null);
		return result;
	}

	/** Applies the changes recorded so far to this node's index now instead of at the next poll. */
	public int applyPendingChanges() {
		return maintenance.catchUp();
	}

	/** The state of this node's index. */
	@PreAuthorize("hasRole('ADMIN')")
	public IndexStatus status() {
		return new IndexStatus(index.size(), maintenance.position(), changes.latest(),
				index.location().toAbsolutePath().toString(), index.isTemporary(),
				maintenance.lastRebuild().orElse(null));
	}

	private static List<FilterOptions.Option> byName(Map<String, Long> counts) {
		return options(counts, Comparator.comparing(FilterOptions.Option::value));
	}

	private static List<FilterOptions.Option> options(Map<String, Long> counts,
			Comparator<FilterOptions.Option> order) {
		return counts.entrySet().stream().map(e -> new FilterOptions.Option(e.getKey(), e.getKey(), e.getValue()))
			.sorted(order).toList();
	}
}
