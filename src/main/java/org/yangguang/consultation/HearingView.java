package org.yangguang.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A hearing or press conference as its reader may see it. Registrants' names are shown to staff; the public sees how
 * many registered and were selected, and the reader their own registration.
 */
public record HearingView(long id, HearingKind kind, String status, String title, String orgName,
		Long consultationId, LocalDateTime heldAt, String place, int capacity, SelectionRule rule,
		LocalDate registrationClosesOn, String materials, LocalDate selectedOn, String selectionNote,
		String transcript, String videoUrl, int registered, int selected, List<Registrant> registrants,
		Registrant mine, Set<String> actions) {

	/** One registration; {@code selected} is null until the selection. */
	public record Registrant(long id, String name, String statement, Boolean selected) {
	}

	public boolean can(String action) {
		return actions.contains(action);
	}
}
