package org.yangguang.services;

/** Where a case stands (stable contract: the lowercase keys). */
public enum CaseStatus {
	/** 已提交 — waiting for the window's pre-check (预审). */
	SUBMITTED,
	/** 待补正 — the one-time notice (一次性告知) was issued; waiting for the applicant's supplement. */
	INCOMPLETE,
	/** 已受理 — on the clock. */
	ACCEPTED,
	/** 不予受理 */
	REFUSED,
	/** 已决定 — approved or not; the result is to be delivered. */
	DECIDED,
	/** 已办结 — the result delivered. */
	CLOSED;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public boolean open() {
		return this != REFUSED && this != CLOSED;
	}
}
