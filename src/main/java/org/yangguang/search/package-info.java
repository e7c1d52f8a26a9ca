/**
 * 全文检索 — Chinese full-text search over everything the public may read. Modules that publish content
 * implement {@link org.yangguang.search.SearchSource} and report changes with
 * {@link org.yangguang.search.SearchIndex#changed}; each node replays the change table into its own Lucene index.
 * <p>
 * Public API: {@link org.yangguang.search.SearchIndex} (report changes, search, filter options, rebuild),
 * {@link org.yangguang.search.SearchQuery}, {@link org.yangguang.search.SearchResults} and their parts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.yangguang.search;
