package org.yangguang.consultation;

import java.util.Arrays;
import java.util.Locale;
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
		return key == null ? Optional.empty()
				: Arrays.stream(values()).filter(d -> d.key.equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
	}
}
