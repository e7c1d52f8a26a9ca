package org.yangguang.annualreport.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.yangguang.annualreport.ReportPublication;
import org.yangguang.annualreport.ReportSections;

/**
 * One row of {@code annual_report}: the sections being written and, once published, the latest publication with its
 * frozen edition ({@code publishedJson}) and the reason of a correction under way.
 */
public record StoredReport(long id, long organisationId, int year, String overview, String problems,
		String otherMatters, int version, Instant updatedAt, String updatedBy, Instant publishedAt,
		LocalDate publishedOn, String publishedBy, Long documentId, boolean late, int edition, String publishedJson,
		String correctionReason) {

	public ReportSections sections() {
		return new ReportSections(overview, problems, otherMatters, version, updatedAt, updatedBy);
	}

	public boolean published() {
		return publishedAt != null;
	}

	public boolean correcting() {
		return correctionReason != null;
	}

	/** Published and not being corrected: nothing may change. */
	public boolean locked() {
		return published() && !correcting();
	}

	/** Null until published. */
	public ReportPublication publication() {
		return published() ? new ReportPublication(publishedAt, publishedOn, publishedBy, documentId, late, edition,
				correctionReason) : null;
	}
}
