package org.yangguang.meetings;

import java.util.Locale;

import org.yangguang.shared.RuleViolationException;

/** The kinds of meeting whose minutes are kept, with the name used in the minutes' heading. */
public enum MeetingKind {
	/** 常务会议 */
	STANDING("常务会议"),
	/** 党政联席会 */
	JOINT("党政联席会"),
	/** 专题会议 */
	TOPICAL("专题会议"),
	/** 办公会议 */
	OFFICE("办公会议"),
	/** 其他会议 */
	OTHER("会议");

	private final String label;

	MeetingKind(String label) {
		this.label = label;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The Chinese name as it stands in the heading of the minutes (××县人民政府常务会议纪要). */
	public String label() {
		return label;
	}

	/** The enum key ({@code standing}) or the Chinese name ({@code 常务会议}, also {@code 党政联席会议}). */
	public static MeetingKind ofKey(String value) {
		String v = value == null ? "" : value.strip();
		for (MeetingKind k : values()) {
			if (k.key().equalsIgnoreCase(v) || k.label.equals(v) || (k.label + "议").equals(v)
					|| k == OTHER && "其他会议".equals(v)) {
				return k;
			}
		}
		throw RuleViolationException.onField("kind", "meetings.error.kind", v);
	}
}
