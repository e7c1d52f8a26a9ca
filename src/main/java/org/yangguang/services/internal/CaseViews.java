package org.yangguang.services.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.yangguang.calendar.Assessment;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.CaseApplicant;
import org.yangguang.services.CaseEvent;
import org.yangguang.services.CaseStatus;
import org.yangguang.services.CaseStep;
import org.yangguang.services.CaseView;
import org.yangguang.services.JointTaskState;
import org.yangguang.services.ServiceGuide;
import org.yangguang.shared.Masks;

/** Builds what a reader sees of a case: the deadlines on today's calendar, the masked applicant, the allowed steps. */
@Component
public class CaseViews {

	/** Working days before a step's or joint task's budget end at which it counts as due soon. */
	static final int BUDGET_DUE_SOON = 1;

	private final CaseWorkflow workflow;
	private final CaseRepository cases;
	private final CaseAccess access;
	private final Organisations organisations;

	CaseViews(CaseWorkflow workflow, CaseRepository cases, CaseAccess access, Organisations organisations) {
		this.workflow = workflow;
		this.cases = cases;
		this.access = access;
		this.organisations = organisations;
	}

	public CaseView view(ServiceCase c, CurrentUser user) {
		LocalDate today = workflow.today();
		var calendar = workflow.calendar();
		boolean own = access.isApplicant(user, c);
		TimeLimitStatus clock = workflow.clockStatus(c);
		String state = null;
		Integer remaining = null;
		if (clock != null) {
			state = key(clock.state());
			remaining = clock.remainingWorkingDays();
		}
		else if (c.acceptedOn() != null) {
			LocalDate judged = c.decidedOn() != null ? c.decidedOn() : today;
			state = judged.isAfter(c.acceptedOn()) ? "overdue" : "due_soon";
			remaining = 0;
		}
		LocalDate stepDeadline = null;
		String stepState = null;
		if (c.clock() != null && c.step() != null && c.guide().steps() != null) {
			var budget = c.budget(c.stepBudgetUntil(c.step()), null);
			Assessment a = budget.assess(today, calendar, BUDGET_DUE_SOON);
			stepDeadline = a.deadline();
			stepState = key(a.state());
		}
		List<JointTaskState> tasks = new ArrayList<>();
		for (ServiceCase.Task t : c.tasks().values()) {
			Organisation d = organisations.find(t.departmentId()).orElse(null);
			var budget = c.budget(t.days(), t.decidedOn());
			Assessment a = budget.assess(today, calendar, BUDGET_DUE_SOON);
			tasks.add(new JointTaskState(t.departmentId(), d == null ? null : d.code(), d == null ? null : d.name(),
					t.task(), t.days(), t.status(), t.approved(), t.reason(), t.decidedOn(), a.deadline(),
					key(a.state())));
		}
		List<CaseView.MaterialState> materials = c.guide().materials().stream()
			.map(m -> new CaseView.MaterialState(m.id(), m.name(), m.required(), m.form(),
					c.materials().getOrDefault(m.id(), "missing"), c.files().get(m.id())))
			.toList();
		List<CaseEvent> events = cases.events(c.id());
		CaseEvent latestNotice = events.stream().filter(e -> "notice".equals(e.action())).reduce((a, b) -> b)
			.orElse(null);
		Organisation department = organisations.find(c.departmentId()).orElse(null);
		CaseApplicant applicant = own ? c.applicant()
				: new CaseApplicant(c.applicant().accountId(), c.applicant().name(),
						Masks.idNumber(c.applicant().idNumber()), Masks.phone(c.applicant().phone()));
		CaseView.Fee fee = c.feeAmount() == null ? null
				: new CaseView.Fee(c.feeAmount(), Boolean.TRUE.equals(c.feeWaived()), c.feeBasis(), c.feeReceiptNo(),
						c.feePaidOn());
		return new CaseView(c.caseNo(), c.itemCode(), c.guide().name(), c.itemVersion(), c.guide().kind(),
				department == null ? null : department.code(), department == null ? null : department.name(),
				c.status(), c.step(), c.channel(), applicant, c.submittedOn(), c.acceptedOn(),
				c.deadline(calendar), state, remaining, c.paused(), stepDeadline, stepState, c.decidedOn(), c.approved(),
				c.decisionReason(), c.refusalReason(), c.closedOn(), c.greenChannel(), c.agentName(), fee,
				c.deliveryMethod(), c.deliveryTrackingNo(), materials, tasks, events, latestNotice,
				clock == null ? null : clock.assessment().explanation(), own, actions(c, user), c.holder(),
				c.heldSince());
	}

	/** The steps the user may take on the case now, by state and role (the server checks each again). */
	Set<String> actions(ServiceCase c, CurrentUser user) {
		Set<String> actions = new LinkedHashSet<>();
		boolean window = user.has(Role.WINDOW);
		boolean department = user.hasAny(Role.CLERK, Role.LEADER)
				&& (access.covers(c.departmentId()) || c.tasks().keySet().stream().anyMatch(access::covers));
		boolean decider = department || window && c.guide().instant();
		switch (c.status()) {
			case SUBMITTED -> {
				if (window) {
					actions.addAll(List.of("notice", "accept", "refuse", "green-channel"));
				}
			}
			case INCOMPLETE -> {
				if (access.isApplicant(user, c)) {
					actions.add("supplement");
				}
				if (window && c.acceptedOn() == null) {
					actions.addAll(List.of("refuse", "green-channel", "supplement"));
				}
			}
			case ACCEPTED -> {
				if (decider) {
					if (c.paused()) {
						actions.add("resume");
					}
					else {
						if (c.clock() != null) {
							actions.add("pause");
						}
						if (c.step() == CaseStep.REVIEW && c.tasks().isEmpty()) {
							actions.add("review");
						}
						actions.add("decide");
						actions.add("notice");
					}
				}
				if (window) {
					actions.add("fee");
				}
			}
			case DECIDED -> {
				if (window) {
					actions.add("fee");
					actions.add("fee-paid");
					if (c.step() == CaseStep.CERTIFICATE) {
						actions.add("certify");
					}
					actions.add("deliver");
				}
			}
			case REFUSED, CLOSED -> {
			}
		}
		if (c.status() == CaseStatus.CLOSED && access.isApplicant(user, c)) {
			actions.add("rate");
		}
		return actions;
	}

	static String key(Enum<?> e) {
		return e == null ? null : e.name().toLowerCase(Locale.ROOT);
	}

	/** The guide's material by id, for notices. */
	static List<ServiceGuide.Material> materials(ServiceGuide guide, List<Integer> ids) {
		return ids.stream().map(guide::material).flatMap(java.util.Optional::stream).toList();
	}
}
