package org.yangguang.consultation;

import java.util.Locale;
import java.util.Optional;

/** How a comment reached the organisation: online by the citizen, or registered by staff from another channel. */
public enum CommentSource {
	/** 网上留言 */
	ONLINE,
	/** 信函 */
	LETTER,
	/** 座谈会 */
	SYMPOSIUM,
	/** 电子邮件 */
	EMAIL,
	/** 电话 */
	PHONE,
	/** 来访 */
	VISIT;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<CommentSource> of(String key) {
		return EnumKeys.of(values(), CommentSource::key, key);
	}
}
