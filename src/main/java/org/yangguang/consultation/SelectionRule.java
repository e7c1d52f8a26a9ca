package org.yangguang.consultation;

import java.util.Locale;
import java.util.Optional;

/**
 * How the participants of a hearing are chosen when more register than it seats: first come first served (按报名先后),
 * or a lottery (随机抽取) whose seed is recorded so that anyone can repeat the draw.
 */
public enum SelectionRule {
	/** 按报名先后 */
	FIRST_COME,
	/** 随机抽取 */
	LOTTERY;

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<SelectionRule> of(String key) {
		return EnumKeys.of(values(), SelectionRule::key, key);
	}
}
