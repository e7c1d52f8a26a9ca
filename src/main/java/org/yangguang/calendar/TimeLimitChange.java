package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a time limit's history (办理时限变更记录). Replaying the entries rebuilds the time limit.
 *
 * @param kind        what happened
 * @param on          the day it took effect
 * @param workingDays the working days granted ({@link Kind#STARTED}) or added ({@link Kind#EXTENDED}); 0 otherwise
 * @param reason      why, as given by the clerk or the system; may be null
 */
public record TimeLimitChange(Kind kind, LocalDate on, int workingDays, String reason) {

	public static final int MAX_REASON_LENGTH = 500;

	public TimeLimitChange {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(on, "on");
		reason = reason == null || reason.isBlank() ? null : reason.strip();
	}

	/** What a history entry records. */
	public enum Kind {
		/** 开始计时 */
		STARTED,
		/** 暂停计时 */
		PAUSED,
		/** 恢复计时 */
		RESUMED,
		/** 延期 */
		EXTENDED,
		/** 办结 — the case is finished; the time limit stops. */
		CLOSED,
		/** 重新计算 — the calendar changed (an administrator corrected a year's schedule). */
		RECOMPUTED
	}
}
