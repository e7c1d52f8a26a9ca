package org.yangguang.inforequest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a request's history (办理过程), as the case page and the applicant's page show it.
 *
 * @param action     what happened: the key of {@code inforequest.event.<action>}
 * @param on         the legal date it took effect
 * @param recordedAt when it was recorded
 * @param actor      who (display name), or null for the system
 * @param detail     free text that goes with it (items, reasons, a party's name), may be null
 * @param date       a date that goes with it (a new deadline, a due date), may be null
 * @param number     a number that goes with it (working days, pages, yuan), may be null
 * @param notice     true when this is a notice sent to the applicant (shown on their page)
 */
public record TimelineEntry(String action, LocalDate on, Instant recordedAt, String actor, String detail,
		LocalDate date, String number, boolean notice) {
}
