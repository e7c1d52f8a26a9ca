package org.yangguang.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a document as stored. Once published it never changes (only its end is recorded). */
public record VersionRow(long id, long documentId, int versionNo, VersionState state, long columnId, String title,
		String docNo, LocalDate writtenOn, LocalDate formedOn, Topic topic, Genre genre, String keywords,
		String summary, String source, Classification classification, WithholdingGround withholdingGround,
		String bodyHtml, String bodyText, Long interpretsId, String changeNote, Long authorId, String authorName,
		Instant createdAt, Instant updatedAt, Instant submittedAt, Long reviewerId, String reviewerName,
		Instant reviewedAt, Instant publishedAt, LocalDate publishedOn, String publisherName,
		LocalDate publicationDeadline, Boolean publishedLate, String contentSha256, Instant endedAt) {

	public VersionContent content() {
		return new VersionContent(columnId, title, docNo, writtenOn, formedOn, topic, genre, keywords, summary, source,
				classification, withholdingGround, bodyHtml, bodyText, interpretsId, changeNote);
	}

	public boolean late() {
		return Boolean.TRUE.equals(publishedLate);
	}
}
