package org.yangguang.appeals;

import java.util.Locale;

/** 诉求类型 (stable contract: the lowercase keys). */
public enum AppealType {
	/** 咨询 */
	CONSULTATION,
	/** 求助 */
	HELP,
	/** 投诉 */
	COMPLAINT,
	/** 举报 */
	REPORT,
	/** 建议 */
	SUGGESTION;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AppealType ofKey(String key) {
		return Keys.of(AppealType.class, "type", key);
	}
}
