package org.yangguang.annualreport;

import java.time.LocalDate;

import org.yangguang.organisation.Organisation;

/**
 * Where an organisation's report for a year stands, for the office's overview.
 *
 * @param started     true once a section has been saved
 * @param publication null until published
 * @param overdue     not published and the legal date has passed
 */
public record ReportStatus(Organisation organisation, int year, LocalDate legalDeadline, boolean started,
		ReportPublication publication, boolean overdue) {

	public boolean published() {
		return publication != null;
	}
}
