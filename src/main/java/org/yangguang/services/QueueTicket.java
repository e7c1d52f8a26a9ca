package org.yangguang.services;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A queue ticket (排队号): taken at the kiosk or booked online for a half-hour slot.
 *
 * @param status               waiting, called, done, no_show or cancelled
 * @param waitingAhead         tickets before it that the same windows serve (while waiting)
 * @param estimatedWaitMinutes the estimated wait (while waiting)
 */
public record QueueTicket(long id, LocalDate date, String number, String itemCode, String itemName, String channel,
		LocalTime slot, String status, Instant takenAt, String windowCode, String windowName, String caseNo,
		int waitingAhead, int estimatedWaitMinutes) {
}
