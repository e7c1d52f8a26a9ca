package org.yangguang.disclosure;


/** The life of one version of a document; {@code DocumentTransitions} lists the moves between them. */
public enum VersionState implements Keyed {
	/** 草稿 */
	DRAFT,
	/** 已提交，待审核 */
	SUBMITTED,
	/** 已退回修改 */
	RETURNED,
	/** 已审核，待发布 */
	REVIEWED,
	/** 已发布 (the version the public sees) */
	PUBLISHED,
	/** 已被新版本替代 (published earlier, then amended) */
	SUPERSEDED,
	/** 已撤回 */
	WITHDRAWN,
	/** 已废止 */
	REPEALED;

	/** Drafts and returned drafts: the only states whose content may change. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** States of a version that is being prepared (not yet published). */
	public boolean inPreparation() {
		return this == DRAFT || this == SUBMITTED || this == RETURNED || this == REVIEWED;
	}

	/** States of a version that was published at some time. */
	public boolean wasPublished() {
		return this == PUBLISHED || this == SUPERSEDED || this == WITHDRAWN || this == REPEALED;
	}

	public String messageKey() {
		return "disclosure.state." + key();
	}
}
