package org.yangguang.inforequest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 信息提供形式 — the form in which the applicant wants the information. */
public enum DeliveryForm {
	/** 纸质 */
	PAPER,
	/** 电子 */
	ELECTRONIC;

	@JsonValue
	public String key() {
		return KeyedEnums.key(this);
	}

	@JsonCreator
	public static DeliveryForm fromKey(String key) {
		return KeyedEnums.find(DeliveryForm.class, key, DeliveryForm::key);
	}
}
