package org.yangguang.meetings;

import java.util.Locale;

/** Where a follow-up task (督办事项) stands; overdue is not a state but a task past its due date and not done. */
public enum TaskState {
	/** 办理中 — the lead unit is carrying out the decision. */
	OPEN,
	/** 已报结 — the lead unit reported it done, the office has yet to verify. */
	REPORTED,
	/** 已办结 — the office verified it. */
	DONE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
