package org.yangguang.services;

/**
 * An item's guide was published as a new version, or the item was retired: the search index and the catalog pages
 * follow.
 */
public record ServiceItemPublished(String code, int version, boolean retired) {
}
