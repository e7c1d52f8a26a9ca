package org.yangguang.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One result. {@code snippet} and {@code titleHighlighted} are safe HTML: the text is escaped and the only markup
 * is {@code <mark>…</mark>} around the words that matched.
 *
 * @param source           the {@link org.yangguang.shared.SearchSource} it comes from, e.g. {@code document}
 * @param id               its id within the source
 * @param title            title as plain text
 * @param titleHighlighted title as safe HTML with the matched words marked
 * @param snippet          a passage of the body or the attachments around the matched words, as safe HTML
 * @param docNo            文号, or null
 * @param indexNo          索引号, or null
 * @param organisationId   publishing organisation
 * @param organisationCode its code
 * @param organisationName its name
 * @param column           栏目, or null
 * @param topic            主题分类, or null
 * @param genre            体裁, or null
 * @param validity         in_force / amended / repealed, or null
 * @param writtenOn        成文日期, or null
 * @param publishedAt      when it was published
 * @param url              the public page
 */
public record SearchHit(String source, String id, String title, String titleHighlighted, String snippet,
		String docNo, String indexNo, long organisationId, String organisationCode, String organisationName,
		String column, String topic, String genre, String validity, LocalDate writtenOn, Instant publishedAt,
		String url) {
}
