package org.yangguang.disclosure;

import java.time.LocalDate;

/** A public document in the sitemap: its id and the day its current version was published. */
public record SitemapEntry(long id, LocalDate lastModified) {
}
