package org.yangguang.services;

import java.time.Instant;

/**
 * A rating was recorded or handled ({@code rated}, {@code bad-rating}, {@code rectified}, {@code unfounded},
 * {@code appealed}, {@code removed}, {@code appeal-rejected}): the department hears of a bad rating, the rater of
 * every result.
 */
public record RatingHandled(long ratingId, String caseNo, String action, long departmentId, Long raterAccountId,
		Instant recordedAt) {

	public String key() {
		return "rating:" + ratingId + ":" + action + ":" + recordedAt.toEpochMilli();
	}
}
