package org.yangguang.services.web;

import java.util.List;

import org.yangguang.services.CaseEvent;
import org.yangguang.services.CaseView;
import org.yangguang.services.JointTaskState;

/**
 * A case in the API (stable contract: {@code caseNo, item, status, acceptedOn, deadline, deadlineState, paused};
 * {@code url} is the page where the applicant follows it);
 * the applicant's identity number and phone are masked for staff.
 */
record CaseJson(String caseNo, String item, String itemName, int itemVersion, String kind, String department,
		String status, String step, String channel, Applicant applicant, String submittedOn, String acceptedOn,
		String deadline, String deadlineState, Integer remainingWorkingDays, boolean paused, String stepDeadline,
		String stepState, String decidedOn, Boolean approved, String decisionReason, String refusalReason,
		String closedOn, boolean greenChannel, String agent, CaseView.Fee fee, String deliveryMethod,
		String deliveryTrackingNo, List<CaseView.MaterialState> materials, List<JointTaskState> tasks,
		List<Event> events, List<String> actions, String url) {

	record Applicant(String name, String idNumber, String phone) {
	}

	record Event(int seq, String action, String on, String actor, String note, List<Integer> materials) {
	}

	static CaseJson of(CaseView v) {
		return new CaseJson(v.caseNo(), v.itemCode(), v.itemName(), v.itemVersion(), v.kind().key(),
				v.departmentCode(), v.status().key(), v.step() == null ? null : v.step().key(), v.channel(),
				new Applicant(v.applicant().name(), v.applicant().idNumber(), v.applicant().phone()), str(v.submittedOn()),
				str(v.acceptedOn()), str(v.deadline()), v.deadlineState(), v.remainingWorkingDays(), v.paused(),
				str(v.stepDeadline()), v.stepState(), str(v.decidedOn()), v.approved(), v.decisionReason(),
				v.refusalReason(), str(v.closedOn()), v.greenChannel(), v.agentName(), v.fee(), v.deliveryMethod(),
				v.deliveryTrackingNo(), v.materials(), v.tasks(), v.events().stream().map(CaseJson::event).toList(),
				List.copyOf(v.actions()), "/account/cases/" + v.caseNo());
	}

	private static Event event(CaseEvent e) {
		return new Event(e.seq(), e.action(), str(e.on()), e.actor(), e.note(), e.materials());
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}
}
