package org.yangguang.appeals;

import java.util.Locale;

/** Where a ticket stands (stable contract: the lowercase keys). */
public enum AppealStatus {
	/** 已登记 — waiting for the operator to dispatch it (again, after a return). */
	REGISTERED,
	/** 已交办 — waiting for the department to accept or return it. */
	DISPATCHED,
	/** 办理中 */
	ACCEPTED,
	/** 已答复 — waiting for the citizen's rating. */
	REPLIED,
	/** 已办结 */
	CLOSED,
	/** 重办 — the citizen was dissatisfied; back with the department (or the supervisor after two reopenings). */
	REOPENED,
	/** 不予受理 — litigation, arbitration, discipline, reconsideration: the proper route explained. */
	OUT_OF_SCOPE,
	/** 已转依申请公开 — a disclosure application, converted with its receipt date. */
	CONVERTED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean open() {
		return this != CLOSED && this != OUT_OF_SCOPE && this != CONVERTED;
	}
}
