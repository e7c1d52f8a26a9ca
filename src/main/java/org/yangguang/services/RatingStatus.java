package org.yangguang.services;

/** Where a rating stands (好差评). Good ratings are simply recorded; a bad one is verified and rectified or explained. */
public enum RatingStatus {
	/** 已记录 — levels 3 to 5. */
	RECORDED,
	/** 核实整改中 — a bad rating waiting for the handling unit. */
	VERIFYING,
	/** 已整改 */
	RECTIFIED,
	/** 不属实 — explained as unfounded. */
	UNFOUNDED,
	/** 申诉中 — the unit says it is mistaken or malicious; a supervisor reviews. */
	APPEALED,
	/** 已撤销 — removed after the appeal was upheld; no longer counted. */
	REMOVED;

	@com.fasterxml.jackson.annotation.JsonValue
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
