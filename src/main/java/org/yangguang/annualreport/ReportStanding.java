package org.yangguang.annualreport;

/**
 * Where a report stands for the staff member looking at it: how many organisations its figures cover, whether its
 * year is still running or its legal date has passed unpublished, and what the viewer may do with it now.
 *
 * @param scopeSize  the organisations whose records the figures count (the reporting one and its subtree)
 * @param yearNotOver the report year is the current year or later: it cannot be published yet
 * @param overdue    not published and the legal date has passed
 * @param mayWrite   editable, and the viewer may write its sections
 * @param mayPublish editable, and the viewer may publish it
 * @param mayReopen  published, and the viewer may reopen it for correction
 */
public record ReportStanding(int scopeSize, boolean yearNotOver, boolean overdue, boolean mayWrite,
		boolean mayPublish, boolean mayReopen) {
}
