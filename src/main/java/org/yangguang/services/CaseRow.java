package org.yangguang.services;

import java.time.LocalDate;

/** A case in a list. */
public record CaseRow(String caseNo, String itemCode, String itemName, String departmentName, CaseStatus status,
		CaseStep step, String applicantName, LocalDate submittedOn, LocalDate acceptedOn, LocalDate deadline,
		boolean paused, boolean greenChannel, String holder, LocalDate heldSince) {
}
