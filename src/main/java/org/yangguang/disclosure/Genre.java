package org.yangguang.disclosure;

/** 体裁 — the genre of a document; {@link #RULE} and {@link #NORMATIVE} are counted in the annual report. */
public enum Genre implements Keyed {
	/** 规章 */
	RULE("规章"),
	/** 行政规范性文件 */
	NORMATIVE("行政规范性文件"),
	/** 其他文件 */
	OTHER_DOCUMENT("其他文件"),
	/** 政策解读 */
	INTERPRETATION("政策解读"),
	/** 规划计划、工作方案 */
	PLAN("规划计划"),
	/** 工作报告、总结 */
	REPORT("工作报告"),
	/** 领导讲话 */
	SPEECH("领导讲话"),
	/** 会议纪要 */
	MINUTES("会议纪要"),
	/** 通知公告 */
	NOTICE("通知公告"),
	/** 工作动态 */
	NEWS("工作动态"),
	/** 政府信息公开工作年度报告 */
	ANNUAL_REPORT("年度报告"),
	/** 统计信息 */
	STATISTICS("统计信息");

	private final String label;

	Genre(String label) {
		this.label = label;
	}

	/** The Chinese term, for feeds, search and the canonical content of a version. */
	public String label() {
		return label;
	}

	public String messageKey() {
		return "disclosure.genre." + key();
	}
}
