package org.yangguang.calendar;

/** What a calendar day is for counting time limits. */
public enum DayKind {

	/** 工作日 — Monday to Friday, not a holiday. */
	WORKING_DAY(true),
	/** 休息日 — Saturday or Sunday, not an adjusted working day. */
	WEEKEND(false),
	/** 法定节假日放假 — a day off of a holiday period, weekend days inside the period included. */
	HOLIDAY(false),
	/** 调休上班 — a Saturday or Sunday declared a working day. */
	ADJUSTED_WORKING_DAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean working() {
		return working;
	}
}
