package org.yangguang.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a catalog list (公开目录): the metadata the portal shows for a document in a list. */
public record DocumentSummary(long id, String indexNo, String title, String docNo, long organisationId,
		long columnId, String columnName, Topic topic, Genre genre, LocalDate writtenOn, LocalDate publishedOn,
		Instant publishedAt, DocumentStatus status, int version, String summary) {

	public Validity validity() {
		return status == DocumentStatus.REPEALED ? Validity.REPEALED : Validity.IN_FORCE;
	}

	public String url() {
		return "/disclosure/documents/" + id;
	}
}
