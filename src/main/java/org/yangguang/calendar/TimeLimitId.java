package org.yangguang.calendar;

/** Identifies a time limit kept by {@link TimeLimits}; other modules store it with their case. */
public record TimeLimitId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
