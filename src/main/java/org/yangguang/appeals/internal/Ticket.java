package org.yangguang.appeals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.yangguang.appeals.AppealChannel;
import org.yangguang.appeals.AppealStatus;
import org.yangguang.appeals.AppealType;
import org.yangguang.appeals.Caller;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.TimeLimitId;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 诉求工单 — one ticket and the rules of each step (DOMAIN.md §4):
 * <ul>
 * <li>registered → dispatched (交办 directly, or 转办 through a township) by the operator → accepted by the department,
 * or returned with a reason within one working day of dispatch, for re-dispatch;</li>
 * <li>the handling time limit (per type, in working days) runs from the day of receipt; it is paused while waiting
 * for the citizen and extended when the hotline office approves the department's request;</li>
 * <li>replied → the citizen rates it: satisfied or basically satisfied closes it; dissatisfied reopens it to the
 * department with a fresh time limit, at most twice, then it goes to the supervisor;</li>
 * <li>out of scope (litigation, arbitration, discipline, reconsideration) or a disclosure application (converted):
 * closed with the route explained.</li>
 * </ul>
 * Dates are given by the caller; each step is noted for the history and the notices.
 */
public final class Ticket {

	/** At most this many reopenings go back to the department; after that the supervisor takes the ticket. */
	public static final int MAX_REOPENINGS = 2;

	public record Happened(String action, LocalDate on, String actor, Long departmentId, String note) {
	}

	Long id;
	final String ticketNo;
	final AppealType type;
	final AppealChannel channel;
	final String title;
	final String content;
	final LocalDate receivedOn;
	final boolean publicConsent;
	final boolean confidential;
	final Long citizenAccountId;
	final Caller caller;
	final String location;
	final Double latitude;
	final Double longitude;
	final String registeredBy;
	AppealStatus status;
	Long departmentId;
	Long viaTownshipId;
	LocalDate dispatchedOn;
	LocalDate acceptedOn;
	LocalDate repliedOn;
	LocalDate closedOn;
	String reply;
	String rating;
	int reopened;
	boolean escalated;
	String linkedTicketNo;
	String convertedTo;
	String routeNote;
	String revisit;
	Integer extensionDays;
	String extensionReason;
	String extensionStatus;
	/** The current handling time limit (a new one after each reopening). */
	/** When the ticket was stored and last changed (null before it is stored). */
	java.time.Instant createdAt;
	java.time.Instant updatedAt;
	TimeLimit clock;
	TimeLimitId clockId;
	int clockStoredChanges;
	private final List<Happened> happened = new ArrayList<>();

	Ticket(Long id, String ticketNo, AppealType type, AppealChannel channel, String title, String content,
			LocalDate receivedOn, boolean publicConsent, boolean confidential, Long citizenAccountId, Caller caller,
			String location, Double latitude, Double longitude, String registeredBy, AppealStatus status) {
		this.id = id;
		this.ticketNo = ticketNo;
		this.type = type;
		this.channel = channel;
		this.title = title;
		this.content = content;
		this.receivedOn = receivedOn;
		this.publicConsent = publicConsent;
		this.confidential = confidential;
		this.citizenAccountId = citizenAccountId;
		this.caller = caller;
		this.location = location;
		this.latitude = latitude;
		this.longitude = longitude;
		this.registeredBy = registeredBy;
		this.status = status;
	}

	/** 登记 — with the handling time limit of its type, counted from the day of receipt. */
	public static Ticket register(String ticketNo, AppealType type, AppealChannel channel, String title, String content,
			LocalDate receivedOn, boolean publicConsent, boolean confidential, Long citizenAccountId, Caller caller,
			String location, Double latitude, Double longitude, String actor, int workingDays) {
		String t = requireText("title", title, 200);
		String c = requireText("content", content, 8000);
		Ticket ticket = new Ticket(null, ticketNo, type, channel, t, c, receivedOn, publicConsent, confidential,
				citizenAccountId, caller, location, latitude, longitude, actor, AppealStatus.REGISTERED);
		ticket.clock = TimeLimit.start(receivedOn, workingDays);
		ticket.note("registered", receivedOn, actor, null, null);
		return ticket;
	}

	/** 交办 (direct) or 转办 (through a township): the operator's sign-off sends it to the department. */
	public void dispatch(long department, Long viaTownship, LocalDate today, String actor) {
		requireStatus("dispatch", AppealStatus.REGISTERED);
		departmentId = department;
		viaTownshipId = viaTownship;
		dispatchedOn = today;
		status = AppealStatus.DISPATCHED;
		note(viaTownship == null ? "dispatched" : "transferred", today, actor, department, null);
	}

	/** 签收 — the department takes the ticket. */
	public void accept(LocalDate today, String actor) {
		requireStatus("accept", AppealStatus.DISPATCHED);
		acceptedOn = today;
		status = AppealStatus.ACCEPTED;
		note("accepted", today, actor, departmentId, null);
	}

	/**
	 * 退回 — not the department's matter, with the reason, within {@code workingDaysSinceDispatch} ≤ 1; back to the
	 * operator for re-dispatch.
	 */
	public void giveBack(String reason, int workingDaysSinceDispatch, LocalDate today, String actor) {
		requireStatus("return", AppealStatus.DISPATCHED);
		String why = requireText("reason", reason, 2000);
		if (workingDaysSinceDispatch > 1) {
			throw new IllegalTransitionException("appeals.error.returnTooLate", ticketNo);
		}
		Long from = departmentId;
		departmentId = null;
		viaTownshipId = null;
		dispatchedOn = null;
		status = AppealStatus.REGISTERED;
		note("returned", today, actor, from, why);
	}

	/** 申请延期 — the department asks; the hotline office decides ({@link #decideExtension}). */
	public void askExtension(int days, String reason, LocalDate today, String actor) {
		requireStatus("extend", AppealStatus.ACCEPTED, AppealStatus.REOPENED);
		if (days < 1 || days > 30) {
			throw RuleViolationException.onField("workingDays", "appeals.error.extensionDays");
		}
		if ("asked".equals(extensionStatus)) {
			throw new IllegalTransitionException("appeals.error.extensionPending", ticketNo);
		}
		extensionDays = days;
		extensionReason = requireText("reason", reason, 1000);
		extensionStatus = "asked";
		note("extension-asked", today, actor, departmentId, days + " 个工作日：" + extensionReason);
	}

	public void decideExtension(boolean approve, LocalDate today, String actor) {
		if (!"asked".equals(extensionStatus)) {
			throw new IllegalTransitionException("appeals.error.noExtension", ticketNo);
		}
		extensionStatus = approve ? "approved" : "refused";
		if (approve) {
			clock = clock.extend(extensionDays, today, extensionReason);
		}
		note(approve ? "extension-approved" : "extension-refused", today, actor, departmentId, null);
	}

	/** 等待群众补充 — the clock stops while the department waits for the citizen. */
	public void waitForCitizen(String reason, LocalDate today, String actor) {
		requireStatus("pause", AppealStatus.ACCEPTED, AppealStatus.REOPENED);
		if (clock.openPause().isPresent()) {
			throw new IllegalTransitionException("appeals.error.paused", ticketNo);
		}
		String why = requireText("reason", reason, 1000);
		clock = clock.pause(today, why);
		note("paused", today, actor, departmentId, why);
	}

	public void resume(LocalDate today, String actor) {
		if (clock.openPause().isEmpty()) {
			throw new IllegalTransitionException("appeals.error.notPaused", ticketNo);
		}
		clock = clock.resume(today, "群众已补充");
		note("resumed", today, actor, departmentId, null);
	}

	/** 答复 — the department's answer to the citizen; the handling clock is closed. */
	public void reply(String text, LocalDate today, String actor) {
		requireStatus("reply", AppealStatus.ACCEPTED, AppealStatus.REOPENED);
		reply = requireText("content", text, 8000);
		repliedOn = today;
		status = AppealStatus.REPLIED;
		if (clock.openPause().isPresent()) {
			clock = clock.resume(today, "答复");
		}
		clock = clock.close(today, "答复");
		note("replied", today, actor, departmentId, reply);
	}

	/**
	 * 评价 — satisfied or basically satisfied closes the ticket; dissatisfied reopens it with a new time limit of
	 * {@code workingDays}, to the department at most {@value #MAX_REOPENINGS} times, then escalated to the supervisor.
	 *
	 * @return the new time limit when reopened, else null
	 */
	public TimeLimit rate(String result, LocalDate today, String actor, int workingDays) {
		requireStatus("rate", AppealStatus.REPLIED);
		if (!List.of("satisfied", "basically_satisfied", "dissatisfied").contains(result)) {
			throw RuleViolationException.onField("result", "appeals.error.rating");
		}
		rating = result;
		if (!"dissatisfied".equals(result)) {
			status = AppealStatus.CLOSED;
			closedOn = today;
			note("rated", today, actor, departmentId, result);
			return null;
		}
		reopened++;
		escalated = reopened > MAX_REOPENINGS;
		status = AppealStatus.REOPENED;
		clock = TimeLimit.start(today, workingDays);
		clockId = null;
		clockStoredChanges = 0;
		note(escalated ? "escalated" : "reopened", today, actor, departmentId, result);
		return clock;
	}

	/** 回访 — the operator's return visit and its result. */
	public void revisit(String result, LocalDate today, String actor) {
		requireStatus("revisit", AppealStatus.REPLIED, AppealStatus.CLOSED);
		revisit = requireText("note", result, 2000);
		note("revisited", today, actor, departmentId, revisit);
	}

	/** 督办 — noted on the ticket (the order itself is stored beside it). */
	public void supervised(String orderNote, int days, LocalDate today, String actor) {
		if (!status.open()) {
			throw illegal("supervise");
		}
		note("supervised", today, actor, departmentId, days + " 个工作日：" + orderNote);
	}

	/** 不予受理 — outside the appeal channels: the proper route explained to the citizen. */
	public void outOfScope(String route, LocalDate today, String actor) {
		requireStatus("out-of-scope", AppealStatus.REGISTERED);
		routeNote = requireText("reason", route, 2000);
		status = AppealStatus.OUT_OF_SCOPE;
		closedOn = today;
		clock = clock.close(today, "不予受理");
		note("out-of-scope", today, actor, null, routeNote);
	}

	/** 转依申请公开 — the information request keeps this ticket's receipt date. */
	public void converted(String trackingNo, LocalDate today, String actor) {
		requireStatus("convert", AppealStatus.REGISTERED);
		convertedTo = trackingNo;
		status = AppealStatus.CONVERTED;
		closedOn = today;
		clock = clock.close(today, "转依申请公开");
		note("converted", today, actor, null, trackingNo);
	}

	/** 重复件 — the operator confirms that this ticket repeats an earlier one. */
	public void linkTo(String earlierTicketNo, LocalDate today, String actor) {
		if (earlierTicketNo.equals(ticketNo)) {
			throw RuleViolationException.onField("ticket", "appeals.error.linkSelf");
		}
		linkedTicketNo = earlierTicketNo;
		note("linked", today, actor, null, earlierTicketNo);
	}

	public List<Happened> happened() {
		return List.copyOf(happened);
	}

	private void note(String action, LocalDate on, String actor, Long department, String text) {
		happened.add(new Happened(action, on, actor, department, text));
	}

	private void requireStatus(String action, AppealStatus... allowed) {
		for (AppealStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw illegal(action);
	}

	private IllegalTransitionException illegal(String action) {
		return new IllegalTransitionException("appeals.error.illegalStep", ticketNo,
				new DefaultMessageSourceResolvable("appeals.action." + action),
				new DefaultMessageSourceResolvable("appeals.status." + status.key()));
	}

	static String requireText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw RuleViolationException.onField(field, "appeals.error.required", field);
		}
		if (value.strip().length() > max) {
			throw RuleViolationException.onField(field, "appeals.error.tooLong", field, max);
		}
		return value.strip();
	}

	// read access for the repository, the workflow and the views
	public Long id() { return id; }
	public String ticketNo() { return ticketNo; }
	public AppealType type() { return type; }
	public AppealChannel channel() { return channel; }
	public String title() { return title; }
	public String content() { return content; }
	public LocalDate receivedOn() { return receivedOn; }
	public boolean publicConsent() { return publicConsent; }
	public boolean confidential() { return confidential; }
	public Long citizenAccountId() { return citizenAccountId; }
	public Caller caller() { return caller; }
	public String location() { return location; }
	public Double latitude() { return latitude; }
	public Double longitude() { return longitude; }
	public String registeredBy() { return registeredBy; }
	public AppealStatus status() { return status; }
	public Long departmentId() { return departmentId; }
	public Long viaTownshipId() { return viaTownshipId; }
	public LocalDate dispatchedOn() { return dispatchedOn; }
	public LocalDate acceptedOn() { return acceptedOn; }
	public LocalDate repliedOn() { return repliedOn; }
	public LocalDate closedOn() { return closedOn; }
	public String reply() { return reply; }
	public String rating() { return rating; }
	public int reopened() { return reopened; }
	public boolean escalated() { return escalated; }
	public String linkedTicketNo() { return linkedTicketNo; }
	public String convertedTo() { return convertedTo; }
	public String routeNote() { return routeNote; }
	public String revisitNote() { return revisit; }
	public Integer extensionDays() { return extensionDays; }
	public String extensionStatus() { return extensionStatus; }
	public TimeLimit clock() { return clock; }
	public java.time.Instant createdAt() { return createdAt; }
	public java.time.Instant updatedAt() { return updatedAt; }
}
