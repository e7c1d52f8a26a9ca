package org.yangguang.consultation;

import java.util.Locale;

/** Where a consultation stands (stable contract: the lowercase keys). */
public enum ConsultationStatus {
	/** 草稿 — being written; a returned draft comes back here. */
	DRAFT,
	/** 待审核 — submitted for review by someone other than its author. */
	SUBMITTED,
	/** 已审核 — approved, waiting to be published. */
	APPROVED,
	/** 已发布 — public; comments are taken between the opening and closing dates. */
	PUBLISHED,
	/** 已提前结束 — closed before its closing date, with the reason shown. */
	CLOSED,
	/** 已公布采纳情况 — every comment decided, the adoption report published. */
	REPORTED,
	/** 已决策 — the final decision and its interpretation are linked. */
	CONCLUDED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean isPublic() {
		return ordinal() >= PUBLISHED.ordinal();
	}
}
