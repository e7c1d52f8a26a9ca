package org.yangguang.inforequest.internal;

import static org.yangguang.inforequest.RequestStatus.AWAITING_CORRECTION;
import static org.yangguang.inforequest.RequestStatus.AWAITING_FEE;
import static org.yangguang.inforequest.RequestStatus.CLOSED;
import static org.yangguang.inforequest.RequestStatus.CONSULTING_THIRD_PARTY;
import static org.yangguang.inforequest.RequestStatus.IN_PROGRESS;
import static org.yangguang.inforequest.RequestStatus.REGISTERED;
import static org.yangguang.inforequest.RequestStatus.REPLIED;
import static org.yangguang.inforequest.RequestStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.yangguang.identity.Role;
import org.yangguang.inforequest.RequestStatus;

/**
 * The state machine of an information request in one table: for each action, the statuses it may be taken in, the
 * status it leads to, who may take it (staff roles, in scope of the handling agency; the applicant where marked),
 * and who must approve it. {@code IN_PROGRESS} as a target means "back to handling": {@code REGISTERED} while the
 * request has not been assigned yet. A null target leaves the status unchanged.
 */
public enum RequestAction {

	/**
	 * 分办 / 改派 — the office gives the request to the department that holds the information: a registered request
	 * is then in progress, any other keeps its status; the date of receipt and the clock stay.
	 */
	ASSIGN(Set.of(REGISTERED, IN_PROGRESS, AWAITING_CORRECTION), null, roles(Role.DISCLOSURE_OFFICE), false),
	/** 补正告知 — one consolidated notice, within 7 working days of receipt; the reply clock stops. */
	REQUEST_CORRECTION(Set.of(REGISTERED, IN_PROGRESS), AWAITING_CORRECTION, handlers(), false),
	/** 收到补正 — the reply clock restarts from this day. */
	RECEIVE_CORRECTION(Set.of(AWAITING_CORRECTION), IN_PROGRESS, handlers(), true),
	/** 逾期未补正 — closed as "other handling: no correction" once the correction's due date has passed. */
	CLOSE_NO_CORRECTION(Set.of(AWAITING_CORRECTION), CLOSED, handlers(), false),
	/** 征求第三方意见 — the reply clock pauses; the third party has 15 working days. */
	CONSULT_THIRD_PARTY(Set.of(IN_PROGRESS), CONSULTING_THIRD_PARTY, handlers(), false),
	/** 第三方答复 — consent or reasoned objection; the reply clock resumes. */
	RECORD_THIRD_PARTY_OPINION(Set.of(CONSULTING_THIRD_PARTY), IN_PROGRESS, handlers(), false),
	/** 第三方逾期未答复 — the period ended in silence; the reply clock resumes from its last day. */
	END_THIRD_PARTY_SILENCE(Set.of(CONSULTING_THIRD_PARTY), IN_PROGRESS, handlers(), false),
	/** 申请延期 — the department asks the head of the disclosure office. */
	PROPOSE_EXTENSION(Set.of(REGISTERED, IN_PROGRESS, CONSULTING_THIRD_PARTY, AWAITING_FEE), null,
			roles(Role.CLERK, Role.LEADER), false),
	/** 批准延期 — once, at most 20 working days; the applicant is told. */
	GRANT_EXTENSION(Set.of(REGISTERED, IN_PROGRESS, CONSULTING_THIRD_PARTY, AWAITING_FEE), null,
			roles(Role.DISCLOSURE_OFFICE), false),
	/** 不同意延期 */
	REFUSE_EXTENSION(Set.of(REGISTERED, IN_PROGRESS, CONSULTING_THIRD_PARTY, AWAITING_FEE), null,
			roles(Role.DISCLOSURE_OFFICE), false),
	/** 收费通知 — the fee by the rule; the reply clock pauses while waiting (configurable). */
	ISSUE_FEE_NOTICE(Set.of(IN_PROGRESS), AWAITING_FEE, handlers(), false),
	/** 已缴费 — the reply clock resumes. */
	RECORD_PAYMENT(Set.of(AWAITING_FEE), IN_PROGRESS, handlers(), false),
	/** 逾期未缴费 — closed as "other handling: no payment" once the payment's due date has passed. */
	CLOSE_NO_FEE(Set.of(AWAITING_FEE), CLOSED, handlers(), false),
	/** 要求说明理由 (条例第三十五条) — requests clearly beyond a reasonable number or frequency; nothing else changes. */
	ASK_FOR_REASONS(Set.of(REGISTERED, IN_PROGRESS), null, handlers(), false),
	/** 答复 — one reply type and outcome, with the letter. */
	REPLY(Set.of(REGISTERED, IN_PROGRESS), REPLIED, handlers(), false),
	/** 撤回申请 — by the applicant, or recorded by staff on a written withdrawal. */
	WITHDRAW(Set.of(REGISTERED, IN_PROGRESS, AWAITING_CORRECTION, CONSULTING_THIRD_PARTY, AWAITING_FEE), WITHDRAWN,
			handlers(), true),
	/** 行政复议、行政诉讼 — recorded with its result, whatever the request's status. */
	RECORD_APPEAL(EnumSet.allOf(RequestStatus.class), null, handlers(), false);

	private final Set<RequestStatus> from;
	private final RequestStatus to;
	private final Set<Role> staffRoles;
	private final boolean applicant;

	RequestAction(Set<RequestStatus> from, RequestStatus to, Set<Role> staffRoles, boolean applicant) {
		this.from = from;
		this.to = to;
		this.staffRoles = staffRoles;
		this.applicant = applicant;
	}

	private static Set<Role> handlers() {
		return EnumSet.of(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE);
	}

	private static Set<Role> roles(Role... roles) {
		return EnumSet.copyOf(Arrays.asList(roles));
	}

	public boolean allowedIn(RequestStatus status) {
		return from.contains(status);
	}

	/** The status after the action; null: unchanged. */
	public RequestStatus target() {
		return to;
	}

	/** Staff roles that may take this action (in scope of the handling agency). */
	public Set<Role> staffRoles() {
		return staffRoles;
	}

	public Role[] staffRoleArray() {
		return staffRoles.toArray(Role[]::new);
	}

	/**
	 * Whether only the head of the disclosure office (政务公开办负责人) may take it: approving or refusing an
	 * extension of the reply time limit (政府信息公开条例第三十三条第二款).
	 */
	public boolean byHeadOfOffice() {
		return this == GRANT_EXTENSION || this == REFUSE_EXTENSION;
	}

	/** Whether the applicant may take it on their own request. */
	public boolean byApplicant() {
		return applicant;
	}

	/** The actions the table allows in {@code status}, in declaration order. */
	public static List<RequestAction> allowedActions(RequestStatus status) {
		return Arrays.stream(values()).filter(a -> a.allowedIn(status)).toList();
	}

	/** Dotted lower-case name for the timeline and the audit log, e.g. {@code request-correction}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Statuses in which a request is finished. */
	static final Set<RequestStatus> FINISHED = EnumSet.of(REPLIED, CLOSED, WITHDRAWN);
}
