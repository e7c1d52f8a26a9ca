package org.yangguang.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * Minutes as written by the staff member (会议纪要). {@code number} (第N次) is assigned per organisation, kind and
 * year when null.
 */
public record NewMinutes(MeetingKind kind, Integer number, String title, LocalDate heldOn, String place, String host,
		List<String> attendees, List<String> nonVoting, List<String> absentees, String recorder, List<NewItem> items) {

	public NewMinutes {
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
		nonVoting = nonVoting == null ? List.of() : List.copyOf(nonVoting);
		absentees = absentees == null ? List.of() : List.copyOf(absentees);
		items = items == null ? List.of() : List.copyOf(items);
	}

	/**
	 * One agenda item (议定事项): the decision, the lead unit's organisation code (optional), and the due date either
	 * as a date or as working days from the meeting date (not both).
	 */
	public record NewItem(String topic, String discussion, String decision, String lead, String cooperating,
			LocalDate dueOn, Integer dueWorkingDays, boolean isPublic, String consultationId,
			List<DocumentLink> documents) {

		public NewItem {
			documents = documents == null ? List.of() : List.copyOf(documents);
		}
	}

	/** An implementing document (落实文件) of an item. */
	public record DocumentLink(String title, String url) {
	}
}
