package org.yangguang.consultation;

import java.util.Locale;

/** Where a published consultation is in its comment period, on today's date. */
public enum ConsultationPhase {
	/** 未开始 */
	UPCOMING,
	/** 征求意见中 */
	OPEN,
	/** 已结束 */
	ENDED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
