package org.yangguang.appeals;

import java.time.Instant;

/**
 * A ticket took a step (registered, dispatched, accepted, returned, replied, reopened, supervised…), published inside
 * the step's transaction; the module's listener tells the citizen and whoever must act next.
 *
 * @param departmentId the handling department after the step, or null
 */
public record AppealProgressed(String ticketNo, String action, AppealStatus status, Long departmentId,
		Long citizenAccountId, Instant recordedAt, int seq) {

	public String key() {
		return ticketNo + ":" + action + ":" + recordedAt.toEpochMilli() + ":" + seq;
	}
}
