/**
 * 全文检索 — Chinese full-text search over everything the public may read. A module whose content is searchable
 * implements {@link org.yangguang.shared.SearchSource} (how search reads an item now) and publishes events when
 * that content changes; it never calls search to report a change. Search listens to those events (today
 * disclosure's {@code DocumentPublished}, {@code DocumentWithdrawn}, {@code DocumentRepealed},
 * {@code CatalogColumnRenamed} and organisation's {@code OrganisationChanged}), appends what must be read again
 * to its change table, and each node replays the table into its own Lucene index. Changes every live node has
 * applied are pruned; a node that was away too long rebuilds its index from the database.
 * <p>
 * Public API: {@link org.yangguang.search.SearchIndex} (search, filter options, rebuild, status),
 * {@link org.yangguang.search.SearchQuery}, {@link org.yangguang.search.SearchResults} and their parts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.yangguang.search;
