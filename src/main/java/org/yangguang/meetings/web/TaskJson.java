package org.yangguang.meetings.web;

import java.util.List;

import org.yangguang.meetings.TaskView;

/**
 * A follow-up task in the API (stable contract: {@code id, meeting, decision, lead, due, state}); {@code lead} is
 * the organisation code, {@code due} the ISO date, {@code meeting} the minutes' id.
 */
record TaskJson(long id, long meeting, String meetingTitle, String meetingHeading, int item, String topic,
		String decision, String lead, String leadName, String heldOn, String due, String deadlineState,
		Integer remainingWorkingDays, boolean overdue, String state, String doneOn, Integer extensionDays,
		String extensionReason, String extensionStatus, List<TaskView.TaskEvent> events, List<String> actions,
		String url) {

	static TaskJson of(TaskView v) {
		return new TaskJson(v.id(), v.meetingId(), v.meetingTitle(), v.meetingHeading(), v.itemSeq(), v.topic(),
				v.decision(), v.leadCode(), v.leadName(), MeetingJson.str(v.heldOn()), MeetingJson.str(v.due()),
				v.deadlineState(), v.remainingWorkingDays(), v.overdue(), v.state().key(), MeetingJson.str(v.doneOn()),
				v.extensionDays(), v.extensionReason(), v.extensionStatus(), v.events(), List.copyOf(v.actions()),
				"/workbench/meetings/tasks/" + v.id());
	}
}
