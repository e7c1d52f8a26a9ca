package org.yangguang.disclosure;

import java.time.LocalDate;

/** A published version with its timeliness as recorded at publication. */
public record PublishedVersion(long documentId, long organisationId, String indexNo, int versionNo, String title,
		LocalDate formedOn, LocalDate publishedOn, LocalDate deadline, boolean late) {
}
