package org.yangguang.annualreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 公布: the latest publication of a report in the catalog — when, by whom, as which document and edition — whether the
 * first publication came after the legal date, and the reason of a correction (更正) under way, if any.
 *
 * @param edition          1 for the first publication, 2 after the first correction…
 * @param correctionReason why the published report is being corrected; null when no correction is under way
 */
public record ReportPublication(Instant publishedAt, LocalDate publishedOn, String publishedBy, long documentId,
		boolean late, int edition, String correctionReason) {

	/** A correction is under way: the public still sees this edition; staff edit the next one. */
	public boolean correcting() {
		return correctionReason != null;
	}
}
