package org.yangguang.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a case's timeline.
 *
 * @param materials for a one-time notice, the ids of every material missing or defective
 */
public record CaseEvent(int seq, String action, LocalDate on, Instant recordedAt, String actor, String note,
		List<Integer> materials) {
}
