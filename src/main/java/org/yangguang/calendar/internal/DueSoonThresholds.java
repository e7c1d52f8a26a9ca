package org.yangguang.calendar.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many working days before its deadline a time limit counts as due soon (即将到期), per kind:
 * {@code yangguang.calendar.due-soon.standard=3} and, for one kind,
 * {@code yangguang.calendar.due-soon.kinds[inforequest.reply]=5}.
 */
@ConfigurationProperties("yangguang.calendar.due-soon")
public record DueSoonThresholds(@DefaultValue("3") int standard, Map<String, Integer> kinds) {

	public DueSoonThresholds {
		kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
		if (standard < 0 || kinds.values().stream().anyMatch(days -> days == null || days < 0)) {
			throw new IllegalArgumentException("due-soon thresholds must not be negative");
		}
	}

	public int forKind(String kind) {
		return kinds.getOrDefault(kind, standard);
	}
}
