package org.yangguang.appeals;

import java.util.Locale;

/** 受理渠道. */
public enum AppealChannel {
	/** 网上留言 (a citizen account) */
	WEB,
	/** 县长公开电话 (the operator fills the call sheet) */
	HOTLINE,
	/** 来信 */
	LETTER,
	/** 县长信箱 */
	MAILBOX,
	/** Open311 GeoReport v2 */
	OPEN311;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AppealChannel ofKey(String key) {
		return Keys.of(AppealChannel.class, "channel", key);
	}
}
