package org.yangguang.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A hearing or press conference to announce: {@code consultationId} links it to the draft it is about (may be null);
 * {@code capacity} seats for registered citizens (0: no registration, as for a press conference).
 */
public record NewHearing(HearingKind kind, String title, String orgCode, Long consultationId, LocalDateTime heldAt,
		String place, int capacity, SelectionRule rule, LocalDate registrationClosesOn, String materials) {
}
