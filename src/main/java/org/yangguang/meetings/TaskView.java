package org.yangguang.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A follow-up task (督办事项) as staff see it: the decision it carries out, the lead unit, the due date (its time
 * limit's deadline, after extensions), the state, whether it is overdue, its history and the steps the reader may
 * take now ({@code progress}, {@code report}, {@code extension}, {@code verify}, {@code decide-extension}).
 */
public record TaskView(long id, long meetingId, String meetingTitle, String meetingHeading, int itemSeq, String topic,
		String decision, String leadCode, String leadName, LocalDate heldOn, LocalDate due, String deadlineState,
		Integer remainingWorkingDays, boolean overdue, TaskState state, LocalDate doneOn, Integer extensionDays,
		String extensionReason, String extensionStatus, List<TaskEvent> events, Set<String> actions) {

	public boolean may(String action) {
		return actions.contains(action);
	}

	/** One step in the history of a task. */
	public record TaskEvent(int seq, String action, LocalDate on, String actor, String note) {
	}
}
