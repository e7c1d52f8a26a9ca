package org.yangguang.inforequest.internal;

/** The time limits a request runs, each kept by the calendar module under its kind. */
public enum ClockKind {
	/** 答复期限 — 20 working days from receipt (or from the correction), pausable, extensible once. */
	REPLY("inforequest.reply"),
	/** 补正期限 — the applicant's time to correct the application. */
	CORRECTION("inforequest.correction"),
	/** 第三方答复期限 — 15 working days for the third party's opinion. */
	THIRD_PARTY("inforequest.third-party"),
	/** 缴费期限 — the time to pay the processing fee. */
	FEE("inforequest.fee");

	/** The subject type of every request time limit. */
	public static final String SUBJECT_TYPE = "information-request";

	private final String key;

	ClockKind(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	public static ClockKind ofKey(String key) {
		for (ClockKind kind : values()) {
			if (kind.key.equals(key)) {
				return kind;
			}
		}
		return null;
	}
}
