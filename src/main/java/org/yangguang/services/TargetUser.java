package org.yangguang.services;

/** 服务对象. */
public enum TargetUser {
	/** 自然人 (个人) */
	PERSON,
	/** 法人 */
	LEGAL_PERSON;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
