package org.yangguang.calendar;

import java.util.List;

/**
 * One reason a year schedule is rejected, as a message key with arguments.
 *
 * @param field      the input it concerns: {@code year}, {@code notice}, {@code holidays} or {@code workdays}
 * @param messageKey key in {@code messages/calendar*.properties}
 * @param args       the message arguments
 */
public record ScheduleProblem(String field, String messageKey, List<Object> args) {

	public ScheduleProblem {
		args = List.copyOf(args);
	}

	static ScheduleProblem of(String field, String messageKey, Object... args) {
		return new ScheduleProblem(field, messageKey, List.of(args));
	}
}
