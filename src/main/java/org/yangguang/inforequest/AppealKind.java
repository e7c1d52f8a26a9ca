package org.yangguang.inforequest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The three blocks of table 四: 行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）. */
public enum AppealKind {
	/** 行政复议 */
	RECONSIDERATION,
	/** 行政诉讼 — 未经复议直接起诉 */
	LITIGATION_DIRECT,
	/** 行政诉讼 — 复议后起诉 */
	LITIGATION_AFTER_RECONSIDERATION;

	@JsonValue
	public String key() {
		return KeyedEnums.key(this);
	}

	@JsonCreator
	public static AppealKind fromKey(String key) {
		return KeyedEnums.find(AppealKind.class, key, AppealKind::key);
	}
}
