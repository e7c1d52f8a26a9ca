package org.yangguang.inforequest.internal;

import java.time.LocalDate;
import java.util.List;

import org.yangguang.calendar.WorkingDayCalendar;

/**
 * 一次性告知补正 (条例第三十条): one consolidated notice listing every item, sent within 7 working days of receipt,
 * with a reasonable deadline after the day it is sent.
 */
public final class CorrectionNoticeRule {

	private CorrectionNoticeRule() {
	}

	/**
	 * @param within working days after receipt within which the notice may be sent (7)
	 */
	public static Decision check(LocalDate receivedOn, LocalDate sentOn, List<String> items, LocalDate dueOn,
			WorkingDayCalendar calendar, int within) {
		if (items == null || items.stream().allMatch(i -> i == null || i.isBlank())) {
			return Decision.reject("items", "inforequest.error.correctionItemsRequired");
		}
		if (sentOn.isBefore(receivedOn)) {
			return Decision.reject(null, "inforequest.error.beforeReceipt", sentOn.toString(), receivedOn.toString());
		}
		int elapsed = sentOn.equals(receivedOn) ? 0
				: calendar.workingDaysBetween(receivedOn.plusDays(1), sentOn).workingDays();
		if (elapsed > within) {
			return Decision.reject(null, "inforequest.error.correctionTooLate", within, receivedOn.toString(),
					elapsed);
		}
		if (dueOn != null && !dueOn.isAfter(sentOn)) {
			return Decision.reject("dueOn", "inforequest.error.correctionDueNotAfterNotice", sentOn.toString());
		}
		if (dueOn != null && calendar.workingDaysBetween(sentOn.plusDays(1), dueOn).workingDays() < 1) {
			return Decision.reject("dueOn", "inforequest.error.correctionDueNoWorkingDay", dueOn.toString());
		}
		return Decision.ALLOWED;
	}
}
