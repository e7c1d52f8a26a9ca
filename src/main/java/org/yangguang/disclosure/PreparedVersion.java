package org.yangguang.disclosure;

import java.time.LocalDate;

/** A version being prepared, for the staff's lists. */
public record PreparedVersion(long documentId, long organisationId, int versionNo, boolean amendment,
		VersionState state, String title, LocalDate formedOn, Long authorId, String authorName,
		java.time.Instant updatedAt, String columnName) {
}
