package org.yangguang.inforequest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 获取信息方式 — the route by which the applicant wants to receive the information. */
public enum DeliveryRoute {
	/** 邮寄 */
	POST,
	/** 电子邮件 */
	EMAIL,
	/** 当面领取 */
	COLLECT,
	/** 网上获取 — download on the portal */
	ONLINE;

	@JsonValue
	public String key() {
		return KeyedEnums.key(this);
	}

	@JsonCreator
	public static DeliveryRoute fromKey(String key) {
		return KeyedEnums.find(DeliveryRoute.class, key, DeliveryRoute::key);
	}
}
