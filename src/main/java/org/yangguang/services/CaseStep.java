package org.yangguang.services;

/** The four steps of a promised case after acceptance, each with its own budget (办理环节). */
public enum CaseStep {
	/** 审查 */
	REVIEW,
	/** 决定 */
	DECISION,
	/** 制证 */
	CERTIFICATE,
	/** 送达 */
	DELIVERY;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
