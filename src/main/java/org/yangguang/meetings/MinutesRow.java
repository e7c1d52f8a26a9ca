package org.yangguang.meetings;

import java.time.LocalDate;

/** A line of a list of minutes. */
public record MinutesRow(long id, MeetingKind kind, int number, String title, String heading, LocalDate heldOn,
		String organisationName, boolean published, int items, int tasks) {
}
