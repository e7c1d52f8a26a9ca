package org.yangguang.disclosure;

import java.time.Instant;

/** One line of a document's history: what was done to which version, by whom, when and why. */
public record HistoryEntry(int versionNo, String action, VersionState fromState, VersionState toState,
		String actorName, Instant occurredAt, String reason) {

	public String actionKey() {
		return "disclosure.history." + action;
	}
}
