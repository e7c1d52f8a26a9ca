package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A kept time limit as of today: what it is for, where it stands, and how it got there.
 *
 * @param kind        the kind of time limit, e.g. {@code inforequest.reply}; chooses the due-soon threshold
 * @param subjectType the kind of case it belongs to, e.g. {@code information-request}
 * @param subjectId   the case's id
 * @param timeLimit   the time limit itself (start, working days, pauses, extensions)
 * @param assessment  state, remaining working days and the explained deadline, as of today (a closed time limit:
 *                    as of its closing day), always on the current calendar
 * @param history     every recorded change with the deadline it led to
 */
public record TimeLimitStatus(TimeLimitId id, String kind, String subjectType, String subjectId,
		TimeLimit timeLimit, Assessment assessment, List<TimeLimitHistoryEntry> history) {

	public TimeLimitStatus {
		history = List.copyOf(history);
	}

	/** The deadline; null while paused. */
	public LocalDate deadline() {
		return assessment.deadline();
	}

	public TimeLimitState state() {
		return assessment.state();
	}

	public int remainingWorkingDays() {
		return assessment.remainingWorkingDays();
	}

	public boolean provisional() {
		return assessment.provisional();
	}

	public boolean closed() {
		return timeLimit.closedOn().isPresent();
	}
}
