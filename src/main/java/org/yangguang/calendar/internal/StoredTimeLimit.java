package org.yangguang.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.TimeLimitHistoryEntry;
import org.yangguang.calendar.TimeLimitId;

/**
 * A time limit as kept in the database: its case, its recorded history (from which the time limit is rebuilt),
 * the deadline last computed, the version for optimistic locking, and the deadline state last announced
 * ({@code DUE_SOON}, {@code OVERDUE} or null).
 */
public record StoredTimeLimit(TimeLimitId id, String kind, String subjectType, String subjectId, int version,
		LocalDate dueDate, boolean provisional, String announcedState, List<TimeLimitHistoryEntry> history) {

	public StoredTimeLimit {
		history = List.copyOf(history);
	}

	StoredTimeLimit withHistory(List<TimeLimitHistoryEntry> entries) {
		return new StoredTimeLimit(id, kind, subjectType, subjectId, version, dueDate, provisional, announcedState,
				entries);
	}

	public TimeLimit timeLimit() {
		return TimeLimit.replay(history.stream().map(TimeLimitHistoryEntry::change).toList());
	}
}
