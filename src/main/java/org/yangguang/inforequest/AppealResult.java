package org.yangguang.inforequest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 复议、诉讼结果: 结果维持, 结果纠正, 其他结果, 尚未审结. */
public enum AppealResult {
	MAINTAINED, CORRECTED, OTHER, PENDING;

	@JsonValue
	public String key() {
		return KeyedEnums.key(this);
	}

	@JsonCreator
	public static AppealResult fromKey(String key) {
		return KeyedEnums.find(AppealResult.class, key, AppealResult::key);
	}
}
