package org.yangguang.disclosure;

/** How often a village bulletin (村务公开) is issued: at least quarterly, some items immediately. */
public enum BulletinPeriod implements Keyed {
	/** 月度公开 */
	MONTHLY,
	/** 季度公开 */
	QUARTERLY,
	/** 年度公开 */
	ANNUAL,
	/** 即时公开 */
	IMMEDIATE;

	public String messageKey() {
		return "disclosure.bulletin.period." + key();
	}
}
