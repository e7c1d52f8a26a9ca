package org.yangguang.disclosure;

/** 效力状态 of a published version. */
public enum Validity implements Keyed {
	/** 现行有效 */
	IN_FORCE,
	/** 已修订 — a newer version replaced it */
	AMENDED,
	/** 已废止 */
	REPEALED;

	public String messageKey() {
		return "disclosure.validity." + key();
	}
}
