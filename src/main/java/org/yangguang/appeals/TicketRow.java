package org.yangguang.appeals;

import java.time.LocalDate;

/** A ticket in a list. */
public record TicketRow(String ticketNo, AppealType type, AppealStatus status, String title, LocalDate receivedOn,
		String departmentName, LocalDate deadline, boolean overdue, int reopened) {
}
