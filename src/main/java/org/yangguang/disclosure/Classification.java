package org.yangguang.disclosure;

/**
 * How a piece of government information is disclosed (政府信息公开条例 第十九、二十七条). "Disclosure is the rule,
 * non-disclosure the exception": not public only on a {@link WithholdingGround}.
 */
public enum Classification implements Keyed {
	/** 主动公开 */
	PROACTIVE,
	/** 依申请公开 */
	ON_APPLICATION,
	/** 不予公开 */
	NOT_PUBLIC;

	public String messageKey() {
		return "disclosure.classification." + key();
	}
}
