package org.yangguang.appeals.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yangguang.appeals.AppealProgressed;
import org.yangguang.calendar.DeadlineApproaching;
import org.yangguang.calendar.DeadlineMissed;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.notification.Notice;
import org.yangguang.notification.Notifications;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * 诉求提醒 — the citizen hears of the acknowledgement, the reply and every outcome; the department's clerks and leaders
 * of a ticket dispatched or reopened to them and of 督办; the operators of returns, extension requests and
 * dissatisfied ratings; supervisors of escalations and missed deadlines.
 */
@Component
class AppealAlerts {

	private static final Set<Role> HANDLERS = EnumSet.of(Role.CLERK, Role.LEADER);
	private static final Set<String> TOLD_TO_CITIZEN = Set.of("registered", "dispatched", "replied", "reopened",
			"escalated", "out-of-scope", "converted");

	private final Notifications notifications;
	private final Accounts accounts;
	private final Organisations organisations;
	private final TicketRepository tickets;

	AppealAlerts(Notifications notifications, Accounts accounts, Organisations organisations, TicketRepository tickets) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.organisations = organisations;
		this.tickets = tickets;
	}

	@ApplicationModuleListener
	void on(AppealProgressed step) {
		if (step.citizenAccountId() != null && TOLD_TO_CITIZEN.contains(step.action())) {
			notifications.send(new Notice("appeals." + step.action(), "notification.appeals.citizen." + step.action(),
					List.of(step.ticketNo()), "/account/appeals/" + step.ticketNo(), step.key()),
					List.of(step.citizenAccountId()));
		}
		List<Long> staff = new ArrayList<>();
		switch (step.action()) {
			case "dispatched", "transferred", "reopened", "supervised" -> {
				if (step.departmentId() != null) {
					staff.addAll(accounts.staffWith(step.departmentId(), HANDLERS));
				}
			}
			case "returned", "extension-asked", "registered" -> staff.addAll(operators());
			case "escalated" -> {
				staff.addAll(operators());
				staff.addAll(supervisors());
			}
			default -> {
			}
		}
		notifications.send(new Notice("appeals." + step.action(), "notification.appeals.staff." + step.action(),
				List.of(step.ticketNo()), "/workbench/appeals/" + step.ticketNo(), step.key()), staff);
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching warning) {
		if (!ofTicket(warning.subjectType())) {
			return;
		}
		tickets.find(warning.subjectId()).filter(t -> t.status().open() && t.departmentId() != null)
			.ifPresent(t -> notifications.send(new Notice("deadline.approaching",
					"notification.appeals.deadline.approaching",
					List.of(t.ticketNo(), warning.deadline().toString(), Integer.toString(warning.remainingWorkingDays())),
					"/workbench/appeals/" + t.ticketNo(),
					"deadline:" + warning.timeLimitId() + ":approaching:" + warning.deadline()),
					accounts.staffWith(t.departmentId(), HANDLERS)));
	}

	@ApplicationModuleListener
	void on(DeadlineMissed missed) {
		if (!ofTicket(missed.subjectType())) {
			return;
		}
		tickets.find(missed.subjectId()).filter(t -> t.status().open()).ifPresent(t -> {
			List<Long> told = new ArrayList<>(supervisors());
			told.addAll(operators());
			if (t.departmentId() != null) {
				told.addAll(accounts.staffWith(t.departmentId(), HANDLERS));
			}
			notifications.send(new Notice("deadline.missed", "notification.appeals.deadline.missed",
					List.of(t.ticketNo(), missed.deadline().toString(), Integer.toString(missed.overdueWorkingDays())),
					"/workbench/appeals/" + t.ticketNo(), "deadline:" + missed.timeLimitId() + ":missed:" + missed.deadline()),
					told);
		});
	}

	/** The handling time limit and a 督办 order's time limit both name the ticket as their subject. */
	private static boolean ofTicket(String subjectType) {
		return AppealWorkflow.SUBJECT.equals(subjectType) || AppealWorkflow.SUPERVISION_SUBJECT.equals(subjectType);
	}

	private List<Long> operators() {
		return withRole(Role.OPERATOR);
	}

	private List<Long> supervisors() {
		return withRole(Role.SUPERVISOR);
	}

	/** Staff with the role at the top of the tree (the county government, where the hotline and 督查室 sit). */
	private List<Long> withRole(Role role) {
		return organisations.active().stream().filter(o -> o.parentId() == null).map(Organisation::id)
			.flatMap(id -> accounts.staffWith(id, EnumSet.of(role)).stream()).toList();
	}
}
