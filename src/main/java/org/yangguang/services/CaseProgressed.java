package org.yangguang.services;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case took a step (submitted, notice, supplemented, accepted, refused, paused, resumed, decided, delivered…),
 * published inside the step's transaction, one event per timeline entry. The module's listener tells the applicant
 * and the people who must act next.
 *
 * @param caseNo             办件编号
 * @param action             the timeline action, e.g. {@code notice}, {@code accepted}
 * @param departmentId       the competent department
 * @param actingDepartmentId the department the step concerns (a joint task's department; else the competent one)
 * @param applicantAccountId null for walk-ins without an account
 * @param recordedAt         with {@code seq}, identifies the step
 */
public record CaseProgressed(String caseNo, String action, LocalDate on, CaseStatus status, long departmentId,
		long actingDepartmentId, Long applicantAccountId, Instant recordedAt, int seq) {

	public String key() {
		return caseNo + ":" + action + ":" + recordedAt.toEpochMilli() + ":" + seq;
	}
}
