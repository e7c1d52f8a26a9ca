package org.yangguang.appeals;

import java.util.EnumSet;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.appeals.internal.AppealAccess;
import org.yangguang.appeals.internal.AppealSettings;
import org.yangguang.appeals.internal.AppealWorkflow;
import org.yangguang.appeals.internal.Ticket;
import org.yangguang.appeals.internal.TicketRepository;
import org.yangguang.appeals.internal.TicketViews;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.shared.RuleViolationException;

/**
 * 诉求受理 — a citizen leaves a message on the web form; the operator registers a call, letter or mailbox message on the
 * call sheet. Each gets its ticket number and an acknowledgement at once (committed before it is shown). The citizen
 * follows their own tickets and rates the reply.
 */
@Service
public class Appeals {

	private final AppealWorkflow workflow;
	private final TicketRepository tickets;
	private final AppealAccess access;
	private final TicketViews views;
	private final AppealSettings settings;
	private final Accounts accounts;

	Appeals(AppealWorkflow workflow, TicketRepository tickets, AppealAccess access, TicketViews views,
			AppealSettings settings, Accounts accounts) {
		this.workflow = workflow;
		this.tickets = tickets;
		this.access = access;
		this.views = views;
		this.settings = settings;
		this.accounts = accounts;
	}

	/**
	 * 登记 — by a citizen (web form, their own account) or by the operator (any other channel, with the caller).
	 * The handling time limit of the type starts on the day of receipt.
	 */
	@Transactional
	public TicketView register(NewAppeal appeal) {
		CurrentUser user = access.user();
		if (appeal.type() == null) {
			throw RuleViolationException.onField("type", "appeals.error.required", "type");
		}
		Long account = null;
		Caller caller = appeal.caller();
		AppealChannel channel = appeal.channel() == null ? AppealChannel.WEB : appeal.channel();
		if (user.has(Role.OPERATOR)) {
			if (channel == AppealChannel.WEB || channel == AppealChannel.OPEN311) {
				throw RuleViolationException.onField("channel", "appeals.error.operatorChannel");
			}
			if (caller == null || caller.name() == null || caller.name().isBlank()) {
				throw RuleViolationException.onField("caller", "appeals.error.callerRequired");
			}
		}
		else if (!user.staff() && user.has(Role.CITIZEN)) {
			channel = channel == AppealChannel.MAILBOX ? AppealChannel.MAILBOX : AppealChannel.WEB;
			account = user.id();
			CitizenProfile p = accounts.ownProfile(user.id()).orElse(null);
			caller = p == null ? new Caller(user.displayName(), null, null)
					: new Caller(p.displayName() == null ? user.displayName() : p.displayName(), p.mobile(), p.address());
		}
		else {
			throw new AccessDeniedException("citizens and the hotline register appeals");
		}
		Ticket t = Ticket.register(workflow.nextTicketNo(), appeal.type(), channel, appeal.title(), appeal.content(),
				workflow.today(), appeal.publicConsent(), appeal.confidential(), account, caller, appeal.location(),
				appeal.latitude(), appeal.longitude(), user.displayName(), settings.daysFor(appeal.type()));
		workflow.register(t);
		return views.view(t, user);
	}

	/** The ticket as the reader may see it; 404 for anyone who may not. */
	@Transactional
	public TicketView view(String ticketNo) {
		Ticket t = workflow.load(ticketNo, false);
		return views.view(t, access.requireRead(t));
	}

	/** The signed-in citizen's own tickets, newest first. */
	@Transactional(readOnly = true)
	public List<TicketRow> mine() {
		return views.rows(tickets.list(null, EnumSet.noneOf(AppealStatus.class), access.user().id(), 200));
	}

	/**
	 * 评价 — satisfied or basically satisfied closes the ticket; dissatisfied reopens it to the department with its
	 * history and a new time limit (after two reopenings, the supervisor is told). The citizen rates their own ticket;
	 * for a caller without an account the operator records the rating given on the phone.
	 */
	@Transactional
	public TicketView rate(String ticketNo, String result) {
		CurrentUser user = access.user();
		Ticket t = workflow.change(ticketNo, "rated", (ticket, today) -> {
			if (!(ticket.citizenAccountId() == null && user.has(Role.OPERATOR))) {
				access.requireCitizen(ticket);
			}
			ticket.rate(result == null ? "" : result.strip(), today, user.displayName(), settings.daysFor(ticket.type()));
		}, result);
		return views.view(t, user);
	}
}
