package org.yangguang.disclosure.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.yangguang.disclosure.DocumentContent;

/**
 * The body of {@code POST} and {@code PUT /api/v1/documents}: at least title, body, column (its name in the
 * author's organisation's catalog), writtenOn, formedOn, docNo and classification.
 */
record DocumentRequest(@NotBlank(message = "{disclosure.error.titleRequired}") String title,
		@NotBlank(message = "{disclosure.error.bodyRequired}") String body,
		@NotBlank(message = "{disclosure.error.columnRequired}") String column,
		@NotNull(message = "{disclosure.error.writtenOnRequired}") LocalDate writtenOn,
		@NotNull(message = "{disclosure.error.formedOnRequired}") LocalDate formedOn, String docNo,
		@NotBlank(message = "{disclosure.error.classificationRequired}") String classification,
		String withholdingGround, String topic, String genre, String keywords, String summary, String source,
		Long interprets, String changeNote) {

	DocumentContent content() {
		return new DocumentContent(column, title, body, docNo, writtenOn, formedOn, topic, genre, keywords, summary,
				source, classification, withholdingGround, interprets, changeNote);
	}
}
