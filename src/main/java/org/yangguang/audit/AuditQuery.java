package org.yangguang.audit;

import java.time.Instant;
import java.util.StringJoiner;

/** Filters for browsing the log; null (or blank) means "any". {@code from} is inclusive, {@code to} exclusive. */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Instant from,
		Instant to) {

	public AuditQuery {
		actor = blankToNull(actor);
		action = blankToNull(action);
		subjectType = blankToNull(subjectType);
		subjectId = blankToNull(subjectId);
	}

	public static AuditQuery any() {
		return new AuditQuery(null, null, null, null, null, null);
	}

	/** The filters that are set, as {@code name=value} words, for the record of who searched for what. */
	public String describe() {
		StringJoiner words = new StringJoiner(" ");
		add(words, "actor", actor);
		add(words, "action", action);
		add(words, "subjectType", subjectType);
		add(words, "subjectId", subjectId);
		add(words, "from", from);
		add(words, "to", to);
		return words.toString();
	}

	private static void add(StringJoiner words, String name, Object value) {
		if (value != null) {
			words.add(name + "=" + value);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
