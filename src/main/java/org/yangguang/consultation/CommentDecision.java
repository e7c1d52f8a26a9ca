package org.yangguang.consultation;

import java.util.Optional;

/** The decision on a comment (stable contract: the keys). Every decision but {@code adopted} gives its reason. */
public enum CommentDecision {
	/** 采纳 */
	ADOPTED("adopted"),
	/** 部分采纳 */
	PARTLY("partly"),
	/** 不予采纳 */
	REJECTED("rejected");

	private final String key;

	CommentDecision(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	public boolean needsReason() {
		return this != ADOPTED;
	}

	public static Optional<CommentDecision> of(String key) {
		return EnumKeys.of(values(), CommentDecision::key, key);
	}
}
