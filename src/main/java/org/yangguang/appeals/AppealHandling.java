package org.yangguang.appeals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.appeals.internal.AppealAccess;
import org.yangguang.appeals.internal.AppealSettings;
import org.yangguang.appeals.internal.AppealWorkflow;
import org.yangguang.appeals.internal.Similarity;
import org.yangguang.appeals.internal.Ticket;
import org.yangguang.appeals.internal.TicketRepository;
import org.yangguang.appeals.internal.TicketViews;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.Applicant;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.Delivery;
import org.yangguang.inforequest.DeliveryForm;
import org.yangguang.inforequest.DeliveryRoute;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.inforequest.RequestedInformation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.RuleViolationException;

/**
 * 交办与办理 — the steps after intake: the operator dispatches (交办 directly, 转办 through a township), explains
 * out-of-scope routes, converts disclosure applications, links repeats, decides extensions and makes the return
 * visit; the department accepts or returns within one working day, waits for the citizen, asks for an extension and
 * replies; the supervisor issues 督办 orders. Every step is checked, stored, published and audited.
 */
@Service
public class AppealHandling {

	/** 不予受理 routes (DOMAIN.md §4): matters with their own procedure. */
	static final Set<String> ROUTES = Set.of("litigation", "arbitration", "discipline", "reconsideration");
	/** Similar tickets of the same caller within this many days are offered as repeats. */
	static final int REPEAT_DAYS = 30;

	private final AppealWorkflow workflow;
	private final TicketRepository tickets;
	private final AppealAccess access;
	private final TicketViews views;
	private final AppealSettings settings;
	private final Organisations organisations;
	private final RequestHandling requests;

	AppealHandling(AppealWorkflow workflow, TicketRepository tickets, AppealAccess access, TicketViews views,
			AppealSettings settings, Organisations organisations, RequestHandling requests) {
		this.workflow = workflow;
		this.tickets = tickets;
		this.access = access;
		this.views = views;
		this.settings = settings;
		this.organisations = organisations;
		this.requests = requests;
	}

	/** 交办 (or 转办 when {@code viaTownship} is given) — the operator's sign-off sends the ticket to the department. */
	@Transactional
	public TicketView dispatch(String ticketNo, String departmentCode, String viaTownship) {
		Organisation department = organisation("department", departmentCode);
		Long via = viaTownship == null || viaTownship.isBlank() ? null : organisation("viaTownship", viaTownship).id();
		return step(ticketNo, "dispatched", (t, user, today) -> {
			access.requireOperator(t);
			t.dispatch(department.id(), via, today, user.displayName());
		}, departmentCode);
	}

	/** 签收 — the department takes the ticket. */
	@Transactional
	public TicketView accept(String ticketNo) {
		return step(ticketNo, "accepted", (t, user, today) -> {
			access.requireDepartment(t);
			t.accept(today, user.displayName());
		}, null);
	}

	/** 退回 — not this department's matter: within one working day of dispatch, with the reason. */
	@Transactional
	public TicketView giveBack(String ticketNo, String reason) {
		return step(ticketNo, "returned", (t, user, today) -> {
			access.requireDepartment(t);
			int since = today.isAfter(t.dispatchedOn())
					? workflow.calendar().workingDaysBetween(t.dispatchedOn().plusDays(1), today).workingDays() : 0;
			t.giveBack(reason, since, today, user.displayName());
		}, reason);
	}

	/** 答复 — the department's answer; the citizen is told and asked to rate it. */
	@Transactional
	public TicketView reply(String ticketNo, String content) {
		return step(ticketNo, "replied", (t, user, today) -> {
			access.requireDepartment(t);
			t.reply(content, today, user.displayName());
		}, null);
	}

	/** 等待群众补充 — the clock stops with the reason. */
	@Transactional
	public TicketView waitForCitizen(String ticketNo, String reason) {
		return step(ticketNo, "paused", (t, user, today) -> {
			access.requireDepartment(t);
			t.waitForCitizen(reason, today, user.displayName());
		}, reason);
	}

	@Transactional
	public TicketView resume(String ticketNo) {
		return step(ticketNo, "resumed", (t, user, today) -> {
			access.requireDepartment(t);
			t.resume(today, user.displayName());
		}, null);
	}

	/** 申请延期 — the department asks the hotline office for more working days. */
	@Transactional
	public TicketView askExtension(String ticketNo, Integer workingDays, String reason) {
		return step(ticketNo, "extension-asked", (t, user, today) -> {
			access.requireDepartment(t);
			t.askExtension(workingDays == null ? 0 : workingDays, reason, today, user.displayName());
		}, reason);
	}

	/** The hotline office approves or refuses the extension. */
	@Transactional
	public TicketView decideExtension(String ticketNo, boolean approve) {
		return step(ticketNo, "extension-decided", (t, user, today) -> {
			access.requireOperator(t);
			t.decideExtension(approve, today, user.displayName());
		}, null);
	}

	/** 不予受理 — litigation, arbitration, discipline or reconsideration: closed with the proper route explained. */
	@Transactional
	public TicketView outOfScope(String ticketNo, String route, String note) {
		if (route == null || !ROUTES.contains(route)) {
			throw RuleViolationException.onField("route", "appeals.error.route");
		}
		return step(ticketNo, "out-of-scope", (t, user, today) -> {
			access.requireOperator(t);
			t.outOfScope(note == null || note.isBlank() ? route : note, today, user.displayName());
		}, route);
	}

	/**
	 * 转依申请公开 — a disclosure application becomes an information request to {@code agencyCode}, received on the day
	 * the appeal was received; the ticket links to its tracking number.
	 */
	@Transactional
	public TicketView convert(String ticketNo, String agencyCode) {
		Organisation agency = organisation("agency", agencyCode);
		return step(ticketNo, "converted", (t, user, today) -> {
			access.requireOperator(t);
			Caller c = t.caller() == null ? new Caller(null, null, null) : t.caller();
			Channel channel = t.channel() == AppealChannel.HOTLINE ? Channel.ORAL
					: t.channel() == AppealChannel.LETTER ? Channel.POST : Channel.ONLINE;
			var request = requests.registerFromAppeal(new NewRequest(channel, t.receivedOn(), agency.id(),
					new Applicant(ApplicantType.NATURAL_PERSON, t.citizenAccountId(), c.name(), null, null, null, null,
							c.phone(), null, c.address()),
					new RequestedInformation(t.title(), null, t.content(), null),
					new Delivery(DeliveryForm.ELECTRONIC, DeliveryRoute.ONLINE)), t.ticketNo());
			t.converted(request.trackingNo(), today, user.displayName());
		}, agencyCode);
	}

	/** 重复件 — the operator confirms that the ticket repeats an earlier one. */
	@Transactional
	public TicketView link(String ticketNo, String earlierTicketNo) {
		Ticket earlier = workflow.load(earlierTicketNo == null ? "" : earlierTicketNo.strip(), false);
		return step(ticketNo, "linked", (t, user, today) -> {
			access.requireOperator(t);
			t.linkTo(earlier.ticketNo(), today, user.displayName());
		}, earlierTicketNo);
	}

	/** 回访 — the operator's return visit and its result. */
	@Transactional
	public TicketView revisit(String ticketNo, String result) {
		return step(ticketNo, "revisited", (t, user, today) -> {
			access.requireOperator(t);
			t.revisit(result, today, user.displayName());
		}, null);
	}

	/**
	 * 督办 — a supervision order on an open ticket (overdue, repeated or flagged), due in {@code workingDays} on its
	 * own time limit (the department is warned before it and supervisors after it, like the handling time limit).
	 */
	@Transactional
	public TicketView supervise(String ticketNo, String note, Integer workingDays) {
		int days = workingDays == null ? settings.supervisionDays() : workingDays;
		if (days < 1 || days > 30) {
			throw RuleViolationException.onField("workingDays", "appeals.error.supervisionDays");
		}
		return step(ticketNo, "supervised", (t, user, today) -> {
			access.requireSupervisor(t);
			String why = note == null || note.isBlank() ? null : note.strip();
			if (why == null) {
				throw RuleViolationException.onField("note", "appeals.error.required", "note");
			}
			t.supervised(why, days, today, user.displayName());
			tickets.insertSupervision(t.id(), today, user.displayName(), why, days,
					workflow.startSupervision(t.ticketNo(), days));
		}, note);
	}

	/**
	 * Earlier tickets of the same caller in the last {@value #REPEAT_DAYS} days with similar text (the operator
	 * confirms a repeat with {@link #link}), most similar first.
	 */
	@Transactional(readOnly = true)
	public List<TicketRow> possibleRepeats(String ticketNo) {
		Ticket t = workflow.load(ticketNo, false);
		if (!access.requireRead(t).has(Role.OPERATOR)) {
			throw new AccessDeniedException("operator");
		}
		String phone = t.caller() == null ? null : t.caller().phone();
		LocalDate since = t.receivedOn().minusDays(REPEAT_DAYS);
		return views.rows(tickets.sameCaller(phone, t.citizenAccountId(), since, t.ticketNo()).stream()
			.filter(o -> Similarity.of(t.title() + t.content(), o.title() + o.content()) >= Similarity.REPEAT)
			.toList());
	}

	/**
	 * 派单建议 — departments that answered similar tickets before, most similar first (at most three), for the
	 * operator to confirm.
	 */
	@Transactional(readOnly = true)
	public List<String> suggestDepartments(String ticketNo) {
		Ticket t = workflow.load(ticketNo, false);
		access.requireOperator(t);
		return tickets.list(null, EnumSet.of(AppealStatus.REPLIED, AppealStatus.CLOSED), null, 500).stream()
			.filter(o -> o.departmentId() != null)
			.sorted((a, b) -> Double.compare(Similarity.of(t.title() + t.content(), b.title() + b.content()),
					Similarity.of(t.title() + t.content(), a.title() + a.content())))
			.filter(o -> Similarity.of(t.title() + t.content(), o.title() + o.content()) > 0.1)
			.map(o -> organisations.find(o.departmentId()).map(Organisation::code).orElse(null))
			.filter(java.util.Objects::nonNull).distinct().limit(3).toList();
	}

	/** The operator's desk (to dispatch, to revisit), a department's open tickets, or every open one for supervisors. */
	@Transactional(readOnly = true)
	public List<TicketRow> desk() {
		CurrentUser user = access.user();
		if (user.has(Role.OPERATOR)) {
			return views.rows(tickets.list(null, EnumSet.of(AppealStatus.REGISTERED, AppealStatus.REPLIED,
					AppealStatus.ACCEPTED, AppealStatus.REOPENED), null, 300));
		}
		if (user.has(Role.SUPERVISOR)) {
			return views.rows(tickets.list(null, EnumSet.of(AppealStatus.DISPATCHED, AppealStatus.ACCEPTED,
					AppealStatus.REOPENED), null, 300));
		}
		if (user.hasAny(Role.CLERK, Role.LEADER)) {
			List<Long> scope = organisations.all().stream().map(Organisation::id).filter(access::covers).toList();
			return views.rows(tickets.list(scope, EnumSet.of(AppealStatus.DISPATCHED, AppealStatus.ACCEPTED,
					AppealStatus.REOPENED, AppealStatus.REPLIED), null, 300));
		}
		throw new AccessDeniedException("appeal desk");
	}

	private interface Step {
		void take(Ticket t, CurrentUser user, LocalDate today);
	}

	private TicketView step(String ticketNo, String action, Step step, String reason) {
		CurrentUser user = access.user();
		Ticket t = workflow.change(ticketNo, action, (ticket, today) -> step.take(ticket, user, today), reason);
		return views.view(t, user);
	}

	private Organisation organisation(String field, String code) {
		if (code == null || code.isBlank()) {
			throw RuleViolationException.onField(field, "appeals.error.required", field);
		}
		return organisations.findByCode(code.strip()).filter(o -> !o.retired())
			.orElseThrow(() -> RuleViolationException.onField(field, "appeals.error.organisationUnknown", code));
	}
}
