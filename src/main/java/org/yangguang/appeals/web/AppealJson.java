package org.yangguang.appeals.web;

import java.util.List;

import org.yangguang.appeals.AppealEvent;
import org.yangguang.appeals.Caller;
import org.yangguang.appeals.TicketView;

/**
 * A ticket in the API (stable contract: {@code ticketNo, type, status, department, deadline, deadlineState,
 * reopened}; {@code url} is the page where the citizen follows it); {@code caller} is null for department staff when the caller asked for confidentiality.
 */
record AppealJson(String ticketNo, String type, String channel, String status, String title, String content,
		String receivedOn, String department, String departmentName, String deadline, String deadlineState,
		int reopened, boolean escalated, String reply, String repliedOn, String rating, boolean confidential,
		boolean publicConsent, Caller caller, String location, String linkedTicketNo, String convertedTo,
		String routeNote, String revisit, Integer extensionDays, String extensionStatus, List<AppealEvent> events,
		List<String> actions, String url) {

	static AppealJson of(TicketView v) {
		return new AppealJson(v.ticketNo(), v.type().key(), v.channel().key(), v.status().key(), v.title(), v.content(),
				str(v.receivedOn()), v.departmentCode(), v.departmentName(), str(v.deadline()), v.deadlineState(),
				v.reopened(), v.escalated(), v.reply(), str(v.repliedOn()), v.rating(), v.confidential(),
				v.publicConsent(), v.caller(), v.location(), v.linkedTicketNo(), v.convertedTo(), v.routeNote(),
				v.revisit(), v.extensionDays(), v.extensionStatus(), v.events(), List.copyOf(v.actions()),
				"/account/appeals/" + v.ticketNo());
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}
}
