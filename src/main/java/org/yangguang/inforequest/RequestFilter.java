package org.yangguang.inforequest;

import java.time.LocalDate;


/**
 * What the staff list shows: open requests only or all, one status, overdue (reply deadline before a day), due
 * between two days, and a text in the tracking number, title, document number or description. Null parts do not filter.
 */
public record RequestFilter(boolean openOnly, RequestStatus status, LocalDate overdueBefore, LocalDate dueFrom,
		LocalDate dueBy, String text) {

	public static final RequestFilter OPEN = new RequestFilter(true, null, null, null, null, null);
}
