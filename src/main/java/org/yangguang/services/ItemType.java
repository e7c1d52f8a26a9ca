package org.yangguang.services;

/** 事项类型 — the nine kinds of government service item (DOMAIN.md §5). */
public enum ItemType {
	/** 行政许可 */
	ADMINISTRATIVE_LICENSE,
	/** 行政给付 */
	ADMINISTRATIVE_PAYMENT,
	/** 行政确认 */
	ADMINISTRATIVE_CONFIRMATION,
	/** 行政裁决 */
	ADMINISTRATIVE_RULING,
	/** 行政奖励 */
	ADMINISTRATIVE_REWARD,
	/** 行政征收 */
	ADMINISTRATIVE_LEVY,
	/** 行政处罚 */
	ADMINISTRATIVE_PENALTY,
	/** 其他行政权力 */
	OTHER_POWER,
	/** 公共服务 */
	PUBLIC_SERVICE;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
