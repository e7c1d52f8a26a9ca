package org.yangguang.consultation;

import java.util.Locale;
import java.util.Optional;

/** 听证会 (citizens register to speak, selected by a recorded rule) or 新闻发布会 (announced, no registration). */
public enum HearingKind {
	/** 听证会 */
	HEARING,
	/** 新闻发布会 */
	PRESS_CONFERENCE;

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<HearingKind> of(String key) {
		return EnumKeys.of(values(), HearingKind::key, key);
	}
}
