package org.yangguang.appeals.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.yangguang.appeals.AppealStatus;
import org.yangguang.appeals.Caller;
import org.yangguang.appeals.TicketRow;
import org.yangguang.appeals.TicketView;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.TimeLimitState;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.Masks;

/**
 * Builds what a reader sees of a ticket: the deadline on today's calendar, the caller complete, masked or hidden, and
 * the steps the reader may take. Reading a confidential caller is recorded in the audit trail.
 */
@Component
public class TicketViews {

	private final AppealWorkflow workflow;
	private final TicketRepository tickets;
	private final AppealAccess access;
	private final Organisations organisations;
	private final AuditLog audit;

	TicketViews(AppealWorkflow workflow, TicketRepository tickets, AppealAccess access, Organisations organisations,
			AuditLog audit) {
		this.workflow = workflow;
		this.tickets = tickets;
		this.access = access;
		this.organisations = organisations;
		this.audit = audit;
	}

	public TicketView view(Ticket t, CurrentUser user) {
		TimeLimitStatus clock = workflow.clockStatus(t);
		boolean citizen = access.isCitizen(user, t);
		Caller caller;
		if (access.seesCaller(user, t)) {
			caller = t.caller();
			if (t.confidential() && !citizen) {
				audit.record("personal-data.read", AppealWorkflow.SUBJECT, t.ticketNo(), null, null, "confidential caller");
			}
		}
		else if (t.confidential()) {
			caller = null;
		}
		else {
			caller = t.caller() == null ? null : new Caller(Masks.name(t.caller().name()), Masks.phone(t.caller().phone()),
					Masks.address(t.caller().address()));
		}
		Organisation department = t.departmentId() == null ? null : organisations.find(t.departmentId()).orElse(null);
		boolean seesCaller = access.seesCaller(user, t);
		String title = seesCaller ? t.title() : PersonalText.mask(t.title(), t.caller());
		String content = seesCaller ? t.content() : PersonalText.mask(t.content(), t.caller());
		return new TicketView(t.ticketNo(), t.type(), t.channel(), t.status(), title, content, t.receivedOn(),
				department == null ? null : department.code(), department == null ? null : department.name(),
				clock == null ? null : clock.deadline(), clock == null || !t.status().open() && t.repliedOn() == null ? null
						: clock.state().name().toLowerCase(Locale.ROOT),
				t.reopened(), t.escalated(), t.reply(), t.repliedOn(), t.rating(), t.confidential(), t.publicConsent(),
				caller, t.location(), t.linkedTicketNo(), t.convertedTo(), t.routeNote(), t.revisitNote(),
				t.extensionDays(), t.extensionStatus(), tickets.events(t.id()), actions(t, user), citizen);
	}

	public List<TicketRow> rows(List<Ticket> list) {
		return list.stream().map(t -> {
			TimeLimitStatus clock = workflow.clockOf(t.ticketNo());
			String department = t.departmentId() == null ? null
					: organisations.find(t.departmentId()).map(Organisation::name).orElse(null);
			return new TicketRow(t.ticketNo(), t.type(), t.status(), t.title(), t.receivedOn(), department,
					clock == null ? null : clock.deadline(),
					t.status().open() && clock != null && clock.state() == TimeLimitState.OVERDUE, t.reopened());
		}).toList();
	}

	Set<String> actions(Ticket t, CurrentUser user) {
		Set<String> actions = new LinkedHashSet<>();
		boolean operator = user.has(Role.OPERATOR);
		boolean department = access.isDepartment(user, t);
		switch (t.status()) {
			case REGISTERED -> {
				if (operator) {
					actions.addAll(List.of("dispatch", "out-of-scope", "convert", "link"));
				}
			}
			case DISPATCHED -> {
				if (department) {
					actions.addAll(List.of("accept", "return"));
				}
			}
			case ACCEPTED, REOPENED -> {
				if (department) {
					actions.addAll(List.of("reply", "extend", t.clock() != null && t.clock().openPause().isPresent()
							? "resume" : "pause"));
				}
				if (operator && "asked".equals(t.extensionStatus())) {
					actions.add("decide-extension");
				}
			}
			case REPLIED -> {
				if (access.isCitizen(user, t) || operator && t.citizenAccountId() == null) {
					actions.add("rate");
				}
				if (operator) {
					actions.add("revisit");
				}
			}
			case CLOSED -> {
				if (operator) {
					actions.add("revisit");
				}
			}
			case OUT_OF_SCOPE, CONVERTED -> {
			}
		}
		if (user.has(Role.SUPERVISOR) && t.status().open() && t.status() != AppealStatus.REGISTERED) {
			actions.add("supervise");
		}
		return actions;
	}
}
