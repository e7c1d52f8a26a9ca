package org.yangguang.disclosure;

/** The kinds of administrative power (权力类型) in a power list; the first three are counted in table 二. */
public enum PowerKind implements Keyed {
	/** 行政许可 */
	LICENSING("行政许可"),
	/** 行政处罚 */
	PENALTY("行政处罚"),
	/** 行政强制 */
	COERCION("行政强制"),
	/** 行政征收 */
	LEVY("行政征收"),
	/** 行政给付 */
	PAYMENT("行政给付"),
	/** 行政检查 */
	INSPECTION("行政检查"),
	/** 行政确认 */
	CONFIRMATION("行政确认"),
	/** 行政奖励 */
	AWARD("行政奖励"),
	/** 行政裁决 */
	ADJUDICATION("行政裁决"),
	/** 其他行政权力 */
	OTHER("其他行政权力");

	/** The kinds whose results of exercise are published (权力运行结果) and counted in table 二. */
	public static final java.util.List<PowerKind> WITH_PUBLISHED_RESULTS = java.util.List.of(LICENSING, PENALTY,
			COERCION);

	private final String label;

	PowerKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String messageKey() {
		return "disclosure.power.kind." + key();
	}
}
