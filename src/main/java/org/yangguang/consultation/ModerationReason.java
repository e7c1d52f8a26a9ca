package org.yangguang.consultation;

import java.util.Locale;
import java.util.Optional;

/** Why a comment is not shown and not counted (屏蔽理由); its author is told. */
public enum ModerationReason {
	/** 辱骂、人身攻击 */
	ABUSE,
	/** 与征求意见内容无关 */
	OFF_TOPIC,
	/** 含他人个人信息 */
	PERSONAL_DATA,
	/** 广告、重复灌水 */
	SPAM;

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<ModerationReason> of(String key) {
		return EnumKeys.of(values(), ModerationReason::key, key);
	}
}
