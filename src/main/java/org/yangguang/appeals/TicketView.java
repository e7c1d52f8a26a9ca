package org.yangguang.appeals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A ticket as its reader may see it. {@code caller} is complete for the citizen themself, the operator and auditors;
 * masked for department staff, or null when the caller asked for confidentiality ({@code confidential}).
 *
 * @param deadlineState on_time, due_soon, overdue or paused; null once closed without a reply
 * @param actions       the steps the reader may take now (the server checks each again)
 */
public record TicketView(String ticketNo, AppealType type, AppealChannel channel, AppealStatus status, String title,
		String content, LocalDate receivedOn, String departmentCode, String departmentName, LocalDate deadline,
		String deadlineState, int reopened, boolean escalated, String reply, LocalDate repliedOn, String rating,
		boolean confidential, boolean publicConsent, Caller caller, String location, String linkedTicketNo,
		String convertedTo, String routeNote, String revisit, Integer extensionDays, String extensionStatus,
		List<AppealEvent> events, Set<String> actions, boolean citizenView) {

	public boolean may(String action) {
		return actions.contains(action);
	}
}
