package org.yangguang.inforequest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 申请方式 — how an application reached the agency; it decides the legal date of receipt (条例第三十一条).
 */
public enum Channel {
	/** 网络 (数据电文): received the day both sides confirm, which for an online submission is the day submitted. */
	ONLINE,
	/** 当面提交: the day it is handed in. */
	IN_PERSON,
	/** 口头申请 — staff fill in the form for an applicant who cannot write: the day it is made. */
	ORAL,
	/** 平常信函: the day the agency confirms receipt with the applicant. */
	POST,
	/** 挂号信、快递: the day the agency signs for it. */
	REGISTERED_POST,
	/** 传真: the day both sides confirm, that is the day the disclosure office confirms receipt with the applicant. */
	FAX,
	/** 电子邮件 (数据电文): the day both sides confirm, that is the day the office confirms receipt with the applicant. */
	EMAIL;

	@JsonValue
	public String key() {
		return KeyedEnums.key(this);
	}

	/** Null when {@code key} names no channel. */
	@JsonCreator
	public static Channel fromKey(String key) {
		return KeyedEnums.find(Channel.class, key, Channel::key);
	}

	/** The channels staff register (everything but online submissions). */
	public static Channel[] registeredByStaff() {
		return new Channel[] { IN_PERSON, ORAL, POST, REGISTERED_POST, FAX, EMAIL };
	}
}
