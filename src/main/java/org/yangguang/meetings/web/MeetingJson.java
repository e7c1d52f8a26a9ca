package org.yangguang.meetings.web;

import java.util.List;

import org.yangguang.meetings.MinutesView;
import org.yangguang.meetings.NewMinutes;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Minutes in the API (stable contract: {@code id, kind, title, heldOn, host, attendees, recorder, items[topic,
 * decision, lead, public]}); published minutes read by the public carry only their public items and no task ids.
 */
record MeetingJson(long id, String kind, String kindLabel, int number, String title, String heading, String heldOn,
		String place, String host, List<String> attendees, List<String> nonVoting, List<String> absentees,
		String recorder, String organisation, String organisationName, String status, String publishedOn,
		String approvedBy, String createdBy, List<ItemJson> items, String url, String pdf) {

	record ItemJson(int seq, String topic, String discussion, String decision, String lead, String leadName,
			String cooperating, String dueOn, Integer dueWorkingDays, @JsonProperty("public") boolean isPublic,
			String consultationId, List<NewMinutes.DocumentLink> documents, Long task, String taskDue,
			String taskState) {
	}

	static MeetingJson of(MinutesView v) {
		return new MeetingJson(v.id(), v.kind().key(), v.kind().label(), v.number(), v.title(), v.heading(),
				str(v.heldOn()), v.place(), v.host(), v.attendees(), v.nonVoting(), v.absentees(), v.recorder(),
				v.organisationCode(), v.organisationName(), v.published() ? "published" : "draft", str(v.publishedOn()),
				v.approvedBy(), v.createdBy(),
				v.items().stream().map(i -> new ItemJson(i.seq(), i.topic(), i.discussion(), i.decision(), i.leadCode(),
						i.leadName(), i.cooperating(), str(i.dueOn()), i.dueWorkingDays(), i.isPublic(),
						i.consultationId(), i.documents(), i.taskId(), str(i.taskDue()),
						i.taskState() == null ? null : i.taskState().key())).toList(),
				"/meetings/" + v.id(), v.published() ? "/meetings/" + v.id() + ".pdf" : null);
	}

	static String str(Object o) {
		return o == null ? null : o.toString();
	}
}
