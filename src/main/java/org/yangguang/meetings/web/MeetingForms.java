package org.yangguang.meetings.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.yangguang.meetings.MeetingKind;
import org.yangguang.meetings.NewMinutes;

/** The forms of the meeting pages. */
final class MeetingForms {

	private MeetingForms() {
	}

	/**
	 * The minutes form: the meeting, one name a line for attendees, non-voting attendees and absentees, the pasted
	 * text to split, and the items.
	 */
	record MinutesForm(String kind, Integer number, String title, String heldOn, String place, String host,
			String attendees, String nonVoting, String absentees, String recorder, String pasteText,
			List<ItemForm> items) {

		MinutesForm {
			items = items == null ? new ArrayList<>() : new ArrayList<>(items);
		}

		MinutesForm withItems(List<ItemForm> replaced) {
			return new MinutesForm(kind, number, title, heldOn, place, host, attendees, nonVoting, absentees, recorder,
					pasteText, replaced);
		}

		NewMinutes toNewMinutes() {
			List<NewMinutes.NewItem> list = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				ItemForm f = items.get(i);
				list.add(new NewMinutes.NewItem(f.topic(), f.discussion(), f.decision(), f.lead(), f.cooperating(),
						MeetingApiController.date("items[" + i + "].dueOn", f.dueOn()), f.dueWorkingDays(),
						Boolean.TRUE.equals(f.publicItem()), null, List.of()));
			}
			return new NewMinutes(kind == null || kind.isBlank() ? null : MeetingKind.ofKey(kind), number, title,
					MeetingApiController.date("heldOn", heldOn), place, host, lines(attendees), lines(nonVoting),
					lines(absentees), recorder, list);
		}

		/** The form without its blank item rows, so that an error names the row it is about. */
		MinutesForm withoutBlankItems() {
			return withItems(items.stream().filter(f -> f != null && !f.blank()).toList());
		}

		private static List<String> lines(String text) {
			return text == null ? List.of()
					: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	/** One item row of the form. */
	record ItemForm(String topic, String discussion, String decision, String lead, String cooperating,
			Integer dueWorkingDays, String dueOn, Boolean publicItem) {

		static final ItemForm EMPTY = new ItemForm(null, null, null, null, null, null, null, Boolean.TRUE);

		boolean blank() {
			return isBlank(topic) && isBlank(discussion) && isBlank(decision) && isBlank(lead) && isBlank(cooperating)
					&& dueWorkingDays == null && isBlank(dueOn);
		}

		private static boolean isBlank(String s) {
			return s == null || s.isBlank();
		}
	}

	/** One task step; each step reads the fields it needs. */
	record StepForm(String note, Boolean done, Integer workingDays, String reason, Boolean accepted, Boolean grant) {

		static final StepForm EMPTY = new StepForm(null, null, null, null, null, null);
	}
}
