package org.yangguang.calendar;

/** Where a time limit stands on a given day. */
public enum TimeLimitState {
	/** 正常 — more working days left than the due-soon threshold of its kind. */
	ON_TIME,
	/** 即将到期 — at most the threshold's number of working days left; 0 means the deadline is today. */
	DUE_SOON,
	/** 已超期 — the day is after the deadline. */
	OVERDUE,
	/** 暂停计时 — the clock is stopped; the deadline is known again when it is resumed. */
	PAUSED
}
