package org.yangguang.consultation;

import java.time.Instant;

/**
 * A step of a consultation ({@code submitted}, {@code returned}, {@code approved}, {@code published}, {@code closed},
 * {@code commented}, {@code moderated}, {@code decided}, {@code reported}, {@code concluded}); {@code commentId} names
 * the comment for the comment steps.
 */
public record ConsultationProgressed(long consultationId, String action, long organisationId, Long commentId,
		Instant at) {

	/** A key that identifies this step, for notifications that must not be sent twice. */
	public String key() {
		return "consultation:" + consultationId + ":" + action + ":" + (commentId == null ? "" : commentId) + ":"
				+ at.toEpochMilli();
	}
}
