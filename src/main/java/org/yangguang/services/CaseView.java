package org.yangguang.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.yangguang.calendar.DeadlineExplanation;

/**
 * A case as its reader may see it. Staff see the applicant's identity number and phone masked; the applicant sees
 * their own. {@code actions} are the steps the reader may take now (for the page's buttons; the server checks again).
 *
 * @param deadlineState on_time, due_soon, overdue or paused; null before acceptance
 * @param stepDeadline  the current step's budget end (审查, 决定, 制证, 送达), on the case's clock
 * @param latestNotice  the last one-time notice, if any
 */
public record CaseView(String caseNo, String itemCode, String itemName, int itemVersion, ItemKind kind,
		String departmentCode, String departmentName, CaseStatus status, CaseStep step, String channel,
		CaseApplicant applicant, LocalDate submittedOn, LocalDate acceptedOn, LocalDate deadline, String deadlineState,
		Integer remainingWorkingDays, boolean paused, LocalDate stepDeadline, String stepState, LocalDate decidedOn,
		Boolean approved, String decisionReason, String refusalReason, LocalDate closedOn, boolean greenChannel,
		String agentName, Fee fee, String deliveryMethod, String deliveryTrackingNo, List<MaterialState> materials,
		List<JointTaskState> tasks, List<CaseEvent> events, CaseEvent latestNotice, DeadlineExplanation explanation,
		boolean applicantView, Set<String> actions, String holder, LocalDate heldSince) {

	/** One of the item's materials and whether the case has it. */
	public record MaterialState(int id, String name, boolean required, String form, String state, Long fileId) {
	}

	/** The fee of the case (统一收费): amount, waiver and its basis, receipt. */
	public record Fee(BigDecimal amount, boolean waived, String basis, String receiptNo, LocalDate paidOn) {
	}

	public boolean may(String action) {
		return actions.contains(action);
	}

	public boolean joint() {
		return !tasks.isEmpty();
	}
}
