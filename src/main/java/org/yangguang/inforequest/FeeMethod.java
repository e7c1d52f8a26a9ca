package org.yangguang.inforequest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 信息处理费计收方式 — one method per application (政府信息公开信息处理费管理办法). */
public enum FeeMethod {
	/** 按件计收 — by the number of the applicant's applications in the calendar month. */
	PER_APPLICATION,
	/** 按量计收 — by the number of pages provided. */
	PER_PAGE;

	@JsonValue
	public String key() {
		return KeyedEnums.key(this);
	}

	@JsonCreator
	public static FeeMethod fromKey(String key) {
		return KeyedEnums.find(FeeMethod.class, key, FeeMethod::key);
	}
}
