package org.yangguang.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document (公开文件) as stored: its identity and public status. Its content lives in its versions.
 *
 * @param currentVersion the version the public sees; null before the first publication
 * @param workingVersion the version being prepared (draft to reviewed); null when none
 * @param validUntil     有效期: the last day the document is valid; null when it is valid until repealed
 */
public record DocumentRow(long id, long organisationId, String indexNo, DocumentStatus status,
		Integer currentVersion, Integer workingVersion, Integer reportYear, Instant firstPublishedAt,
		Instant withdrawnAt, String withdrawnReason, LocalDate repealedOn, String repealReason, Instant createdAt,
		Instant updatedAt, LocalDate validUntil) {

	/** The version staff act on: the one in preparation, else the published one. */
	public int actionableVersion() {
		return workingVersion != null ? workingVersion : currentVersion;
	}
}
