package org.yangguang.portal;

/** The portal's top-level sections (MISSION.md), in navigation order. */
public enum Section {
	/** 信息公开 */
	DISCLOSURE("disclosure", "/disclosure"),
	/** 依申请公开 */
	REQUESTS("requests", "/requests"),
	/** 办事服务 */
	SERVICES("services", "/services"),
	/** 互动交流 */
	APPEALS("appeals", "/appeals"),
	/** 征求意见 */
	CONSULTATION("consultation", "/consultations"),
	/** 监督考核 */
	OVERSIGHT("oversight", "/oversight");

	private final String key;
	private final String path;

	Section(String key, String path) {
		this.key = key;
		this.path = path;
	}

	public String key() {
		return key;
	}

	public String path() {
		return path;
	}

	public String messageKey() {
		return "section." + key;
	}
}
