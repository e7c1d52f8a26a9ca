package org.yangguang.calendar.web;

import jakarta.validation.constraints.Size;

import org.yangguang.calendar.TimeLimitChange;
import org.yangguang.calendar.YearSchedule;

/**
 * The administrator's form for one year: the notice's reference, its holidays and adjusted working days
 * (one date per line), and why the change is made.
 */
record ScheduleForm(@Size(max = YearSchedule.MAX_NOTICE_LENGTH) String notice, String holidays, String workdays,
		@Size(max = TimeLimitChange.MAX_REASON_LENGTH) String reason) {
}
