package org.yangguang.services;

import java.time.LocalDate;

/**
 * One department's part of a joint approval (并联审批) and where it stands.
 *
 * @param deadline the task's own deadline (its budget from acceptance, paused with the case); null while paused
 * @param state    on_time, due_soon, overdue or paused (lowercase {@code TimeLimitState})
 */
public record JointTaskState(long departmentId, String departmentCode, String departmentName, String task, int days,
		String status, Boolean approved, String reason, LocalDate decidedOn, LocalDate deadline, String state) {
}
