package org.yangguang.services;

/** 人生事件 / 企业生命周期 — how a citizen looks for a service: by what is happening in their life. */
public enum LifeEvent {
	/** 生育 */
	BIRTH,
	/** 入学 */
	SCHOOL,
	/** 就业 */
	EMPLOYMENT,
	/** 开办企业 */
	BUSINESS,
	/** 婚姻 */
	MARRIAGE,
	/** 养老 */
	RETIREMENT,
	/** 住房 */
	HOUSING,
	/** 医疗 */
	HEALTH,
	/** 社会救助 */
	SOCIAL_ASSISTANCE,
	/** 交通出行 */
	TRANSPORT,
	/** 农业生产 */
	AGRICULTURE;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
