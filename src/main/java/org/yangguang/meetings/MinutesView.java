package org.yangguang.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * Minutes as the reader may see them: the public see published minutes with their public items only; staff who
 * may read them see every item. {@code heading} is the title of the minutes as printed (余庆县人民政府常务会议纪要).
 */
public record MinutesView(long id, MeetingKind kind, int number, String title, String heading, LocalDate heldOn,
		String place, String host, List<String> attendees, List<String> nonVoting, List<String> absentees,
		String recorder, String organisationCode, String organisationName, boolean published, LocalDate publishedOn,
		String approvedBy, String createdBy, List<Item> items, boolean complete, boolean mayPublish) {

	/** One item; {@code taskId} is the follow-up task of an item with a lead unit. */
	public record Item(int seq, String topic, String discussion, String decision, String leadCode, String leadName,
			String cooperating, LocalDate dueOn, Integer dueWorkingDays, boolean isPublic, String consultationId,
			List<NewMinutes.DocumentLink> documents, Long taskId, LocalDate taskDue, TaskState taskState) {
	}
}
