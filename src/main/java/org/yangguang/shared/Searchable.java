package org.yangguang.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing the public can find in portal search, as its owning module describes it. Only currently published,
 * public content is ever handed to search.
 *
 * @param source         which {@link SearchSource} it comes from, e.g. {@code document}
 * @param id             its id within the source
 * @param title          title
 * @param text           plain text of the body (no markup)
 * @param docNo          文号, or null
 * @param indexNo        索引号, or null
 * @param organisationId the publishing organisation
 * @param organisationName its name
 * @param column         栏目 name, or null
 * @param topic          主题分类, or null
 * @param genre          体裁, or null
 * @param validity       in_force / amended / repealed, or null
 * @param writtenOn      成文日期, or null
 * @param publishedAt    when it was published
 * @param attachmentText text extracted from attachments, or empty
 * @param url            the public page
 */
public record Searchable(String source, String id, String title, String text, String docNo, String indexNo,
		long organisationId, String organisationName, String column, String topic, String genre, String validity,
		LocalDate writtenOn, Instant publishedAt, String attachmentText, String url) {
}
