package org.yangguang.inforequest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.inforequest.Applicant;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.Correction;
import org.yangguang.inforequest.Delivery;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.ExtensionRequest;
import org.yangguang.inforequest.FeeMethod;
import org.yangguang.inforequest.FeeNotice;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.Reply;
import org.yangguang.inforequest.ReplyType;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.inforequest.RequestedInformation;
import org.yangguang.inforequest.ThirdPartyConsultation;
import org.yangguang.inforequest.WithheldPart;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 政府信息公开申请 — one application for government information, from receipt to reply. Each action checks the
 * state machine ({@link RequestAction}) and its legal rule, changes the request's clocks ({@link RequestClocks}:
 * reply, correction, third party, fee) and notes what happened for the timeline. Dates are legal dates given by
 * the caller (today, or the date of receipt staff record), so the rules can be proved on any calendar date.
 */
public final class InformationRequest {

	private static final String REASON_CORRECTION = "补正：答复期限自收到补正之日起重新计算";
	private static final String REASON_THIRD_PARTY = "征求第三方意见，期间不计入答复期限";
	private static final String REASON_FEE = "等待缴纳信息处理费";

	private final Long id;
	private final String trackingNo;
	private RequestStatus status;
	private final Channel channel;
	private final LocalDate receivedOn;
	private final long addressedToId;
	private long agencyId;
	private LocalDate assignedOn;
	private final Applicant applicant;
	private final RequestedInformation information;
	private final Delivery delivery;
	private final String registeredBy;
	private final boolean oral;
	private final boolean imported;
	private Correction correction;
	private ThirdPartyConsultation thirdParty;
	private ExtensionRequest extension;
	private FeeNotice fee;
	private Reply reply;
	private final RequestClocks clocks;
	private final List<Happened> happened = new ArrayList<>();

	private InformationRequest(RequestSnapshot s, RequestClocks clocks) {
		this.id = s.id();
		this.trackingNo = s.trackingNo();
		this.status = s.status();
		this.channel = s.channel();
		this.receivedOn = s.receivedOn();
		this.addressedToId = s.addressedToId();
		this.agencyId = s.agencyId();
		this.assignedOn = s.assignedOn();
		this.applicant = s.applicant();
		this.information = s.information();
		this.delivery = s.delivery();
		this.registeredBy = s.registeredBy();
		this.oral = s.oral();
		this.imported = s.imported();
		this.correction = s.correction();
		this.thirdParty = s.thirdParty();
		this.extension = s.extension();
		this.fee = s.fee();
		this.reply = s.reply();
		this.clocks = clocks;
	}

	/** A stored request with its clocks. */
	public static InformationRequest restore(RequestSnapshot snapshot, RequestClocks clocks) {
		return new InformationRequest(snapshot, clocks);
	}

	/**
	 * 登记 — an application received on its legal date of receipt; the reply clock starts. Addressed to a
	 * department it is handled there at once; addressed to a government it waits for the office to assign it.
	 *
	 * @param today the day it is registered (for online applications also the day of receipt)
	 */
	public static InformationRequest receive(NewRequest n, String trackingNo, boolean assignedAtOnce, LocalDate today,
			InfoRequestSettings settings, Actor actor) {
		ReceiptDateRule.check(n.channel(), n.receivedOn(), today).orThrow();
		ApplicationRule.check(n).orThrow();
		RequestSnapshot s = new RequestSnapshot(null, trackingNo,
				assignedAtOnce ? RequestStatus.IN_PROGRESS : RequestStatus.REGISTERED, n.channel(), n.receivedOn(),
				n.agencyId(), n.agencyId(), assignedAtOnce ? n.receivedOn() : null, n.applicant(), n.information(),
				n.delivery(), n.channel() == Channel.ONLINE ? null : actor.name(), n.channel() == Channel.ORAL, false,
				null, null, null, null, null, null, null);
		InformationRequest request = new InformationRequest(s, RequestClocks.none());
		request.clocks.start(ClockKind.REPLY, n.receivedOn(), settings.replyWorkingDays());
		request.note("registered", n.receivedOn(), actor, null, null, Integer.toString(settings.replyWorkingDays()),
				true);
		return request;
	}

	/**
	 * 历史登记 — a record of the register of past years: finished with its outcome and decision date, or still open
	 * with its reply clock running from its date of receipt.
	 */
	public static InformationRequest importRecord(NewRequest n, String trackingNo, Outcome outcome,
			LocalDate decidedOn, InfoRequestSettings settings, Actor actor) {
		boolean finished = outcome != null;
		RequestStatus status = !finished ? RequestStatus.IN_PROGRESS
				: outcome == Outcome.OTHER_NO_CORRECTION || outcome == Outcome.OTHER_NO_FEE ? RequestStatus.CLOSED
						: RequestStatus.REPLIED;
		Reply reply = finished ? new Reply(outcome, ReplyType.defaultFor(outcome), decidedOn, null, null, null, null,
				null) : null;
		RequestSnapshot s = new RequestSnapshot(null, trackingNo, status, n.channel(), n.receivedOn(), n.agencyId(),
				n.agencyId(), n.receivedOn(), n.applicant(), n.information(), n.delivery(), actor.name(), false, true,
				null, null, null, null, reply, null, null);
		InformationRequest request = new InformationRequest(s, RequestClocks.none());
		if (!finished) {
			request.clocks.start(ClockKind.REPLY, n.receivedOn(), settings.replyWorkingDays());
		}
		request.note("imported", n.receivedOn(), actor, null, decidedOn, finished ? outcome.key() : null, false);
		return request;
	}

	private void require(RequestAction action) {
		if (!action.allowedIn(status)) {
			throw new IllegalTransitionException("inforequest.error.transition", trackingNo,
					Texts.key("inforequest.status." + status.key()), Texts.key("inforequest.action." + action.key()));
		}
	}

	private void moveTo(RequestAction action) {
		RequestStatus target = action.target();
		if (target == RequestStatus.IN_PROGRESS && assignedOn == null) {
			target = RequestStatus.REGISTERED;
		}
		if (target != null) {
			status = target;
		}
	}

	/** 分办 — the department holding the information handles it from now on; the date of receipt stays. */
	public void assign(long newAgencyId, LocalDate on, Actor actor, String agencyName) {
		require(RequestAction.ASSIGN);
		if (newAgencyId == agencyId && assignedOn != null) {
			throw RuleViolationException.onField("agency", "inforequest.error.alreadyWithAgency", agencyName);
		}
		boolean reassigned = assignedOn != null;
		agencyId = newAgencyId;
		assignedOn = on;
		if (status == RequestStatus.REGISTERED) {
			status = RequestStatus.IN_PROGRESS;
		}
		note(reassigned ? "reassigned" : "assigned", on, actor, agencyName, null, null, true);
	}

	/**
	 * 补正告知 — one consolidated notice within 7 working days of receipt. The reply clock stops; it starts again,
	 * from zero, on the day the correction is received.
	 *
	 * @param dueOn the applicant's last day; null: the configured number of working days after {@code on}
	 */
	public void requestCorrection(List<String> items, LocalDate dueOn, LocalDate on, Actor actor,
			WorkingDayCalendar calendar, InfoRequestSettings settings) {
		require(RequestAction.REQUEST_CORRECTION);
		if (correction != null) {
			throw new IllegalTransitionException("inforequest.error.correctionOnce", trackingNo);
		}
		CorrectionNoticeRule.check(receivedOn, on, items, dueOn, calendar, settings.correctionNoticeWithin())
			.orThrow();
		int days = dueOn == null ? settings.correctionWorkingDays()
				: calendar.workingDaysBetween(on.plusDays(1), dueOn).workingDays();
		clocks.closeIfOpen(ClockKind.REPLY, on, REASON_CORRECTION);
		clocks.start(ClockKind.CORRECTION, on, days);
		LocalDate due = clocks.deadline(ClockKind.CORRECTION, calendar).orElseThrow();
		List<String> clean = items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
		correction = new Correction(clean, on, due, null, null);
		moveTo(RequestAction.REQUEST_CORRECTION);
		note("correction-requested", on, actor, String.join("\n", clean), due, null, true);
	}

	/** 收到补正 — the reply clock restarts: its full working days count from this day. */
	public void receiveCorrection(String text, LocalDate on, Actor actor, InfoRequestSettings settings) {
		require(RequestAction.RECEIVE_CORRECTION);
		if (on.isBefore(correction.sentOn())) {
			throw new RuleViolationException("inforequest.error.beforeNotice", on.toString(),
					correction.sentOn().toString());
		}
		clocks.closeIfOpen(ClockKind.CORRECTION, on, "收到补正");
		clocks.start(ClockKind.REPLY, on, settings.replyWorkingDays());
		correction = new Correction(correction.items(), correction.sentOn(), correction.dueOn(), on, blankToNull(text));
		moveTo(RequestAction.RECEIVE_CORRECTION);
		note("corrected", on, actor, blankToNull(text), null, Integer.toString(settings.replyWorkingDays()), true);
	}

	/** 逾期未补正 — after the due date the application is no longer processed (条例第三十条). */
	public void closeForNoCorrection(LocalDate on, Actor actor) {
		require(RequestAction.CLOSE_NO_CORRECTION);
		if (!on.isAfter(correction.dueOn())) {
			throw new IllegalTransitionException("inforequest.error.correctionNotDue", correction.dueOn().toString());
		}
		clocks.closeIfOpen(ClockKind.CORRECTION, on, "逾期未补正");
		decide(new Reply(Outcome.OTHER_NO_CORRECTION, ReplyType.OTHER, on, null, null, null, null, null));
		moveTo(RequestAction.CLOSE_NO_CORRECTION);
		note("closed-no-correction", on, actor, null, correction.dueOn(), null, true);
	}

	/** 征求第三方意见 — the reply clock pauses; the third party has its working days to answer. */
	public void consultThirdParty(String party, String contact, LocalDate on, Actor actor,
			WorkingDayCalendar calendar, InfoRequestSettings settings) {
		require(RequestAction.CONSULT_THIRD_PARTY);
		if (party == null || party.isBlank()) {
			throw RuleViolationException.onField("party", "inforequest.error.thirdPartyRequired");
		}
		clocks.change(ClockKind.REPLY, limit -> limit.pause(on, REASON_THIRD_PARTY));
		clocks.start(ClockKind.THIRD_PARTY, on, settings.thirdPartyWorkingDays());
		LocalDate due = clocks.deadline(ClockKind.THIRD_PARTY, calendar).orElseThrow();
		thirdParty = new ThirdPartyConsultation(party.strip(), blankToNull(contact), on, due, null, null, null);
		moveTo(RequestAction.CONSULT_THIRD_PARTY);
		note("third-party-consulted", on, actor, party.strip(), due, null, true);
	}

	/** 第三方意见 — consent, or an objection with its reasons; the reply clock resumes. */
	public void recordThirdPartyOpinion(boolean consent, String reason, LocalDate on, Actor actor) {
		require(RequestAction.RECORD_THIRD_PARTY_OPINION);
		if (!consent && (reason == null || reason.isBlank())) {
			throw RuleViolationException.onField("reason", "inforequest.error.objectionReasonRequired");
		}
		if (on.isBefore(thirdParty.sentOn())) {
			throw new RuleViolationException("inforequest.error.beforeNotice", on.toString(),
					thirdParty.sentOn().toString());
		}
		clocks.change(ClockKind.REPLY, limit -> limit.resume(on, "收到第三方意见"));
		clocks.closeIfOpen(ClockKind.THIRD_PARTY, on, "收到第三方意见");
		thirdParty = new ThirdPartyConsultation(thirdParty.party(), thirdParty.contact(), thirdParty.sentOn(),
				thirdParty.dueOn(), on, consent, blankToNull(reason));
		moveTo(RequestAction.RECORD_THIRD_PARTY_OPINION);
		note(consent ? "third-party-consented" : "third-party-objected", on, actor, blankToNull(reason), null, null,
				true);
	}

	/**
	 * 第三方逾期未答复 — the period ended without an answer; the agency decides. The reply clock resumes from the last
	 * day of the third party's period, so no day after it is lost to the applicant.
	 */
	public void endThirdPartySilence(LocalDate today, Actor actor) {
		require(RequestAction.END_THIRD_PARTY_SILENCE);
		LocalDate due = thirdParty.dueOn();
		if (!today.isAfter(due)) {
			throw new IllegalTransitionException("inforequest.error.thirdPartyNotDue", due.toString());
		}
		// never before the consultation began (a due date corrected by hand may lie before it)
		LocalDate end = due.isBefore(thirdParty.sentOn()) ? thirdParty.sentOn() : due;
		clocks.change(ClockKind.REPLY, limit -> limit.resume(end, "第三方逾期未提出意见"));
		clocks.closeIfOpen(ClockKind.THIRD_PARTY, end, "第三方逾期未提出意见");
		thirdParty = new ThirdPartyConsultation(thirdParty.party(), thirdParty.contact(), thirdParty.sentOn(),
				thirdParty.dueOn(), end, null, null);
		moveTo(RequestAction.END_THIRD_PARTY_SILENCE);
		note("third-party-silent", end, actor, thirdParty.party(), null, null, true);
	}

	/** 申请延期 — the department asks the head of the disclosure office. */
	public void proposeExtension(int days, String reason, LocalDate on, Actor actor, InfoRequestSettings settings) {
		require(RequestAction.PROPOSE_EXTENSION);
		requireNotExtended();
		if (extension != null && extension.pending()) {
			throw new IllegalTransitionException("inforequest.error.extensionPending", trackingNo);
		}
		ExtensionRule.check(days, reason, settings.maxExtensionDays()).orThrow();
		extension = new ExtensionRequest(ExtensionRequest.Status.PROPOSED, days, reason.strip(), actor.name(), null,
				null);
		note("extension-proposed", on, actor, reason.strip(), null, Integer.toString(days), false);
	}

	/**
	 * 批准延期 — once, at most 20 working days, before the deadline has passed; the applicant is told.
	 *
	 * @param days null: the days proposed
	 */
	public void grantExtension(Integer days, String reason, LocalDate on, Actor actor, WorkingDayCalendar calendar,
			InfoRequestSettings settings) {
		require(RequestAction.GRANT_EXTENSION);
		requireNotExtended();
		boolean proposed = extension != null && extension.pending();
		int granted = days != null ? days : proposed ? extension.days() : 0;
		String why = reason != null && !reason.isBlank() ? reason.strip() : proposed ? extension.reason() : null;
		ExtensionRule.check(granted, why, settings.maxExtensionDays()).orThrow();
		clocks.deadline(ClockKind.REPLY, calendar).filter(on::isAfter).ifPresent(deadline -> {
			throw new RuleViolationException("inforequest.error.extensionAfterDeadline", deadline.toString());
		});
		clocks.change(ClockKind.REPLY, limit -> limit.extend(granted, on, why));
		extension = new ExtensionRequest(ExtensionRequest.Status.GRANTED, granted, why,
				proposed ? extension.proposedBy() : null, actor.name(), on);
		LocalDate deadline = clocks.deadline(ClockKind.REPLY, calendar).orElse(null);
		note("extension-granted", on, actor, why, deadline, Integer.toString(granted), true);
	}

	/** 不同意延期 — the proposal is refused; the department may propose again. */
	public void refuseExtension(String reason, LocalDate on, Actor actor) {
		require(RequestAction.REFUSE_EXTENSION);
		if (extension == null || !extension.pending()) {
			throw new IllegalTransitionException("inforequest.error.noExtensionProposal", trackingNo);
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "inforequest.error.refusalReasonRequired");
		}
		extension = new ExtensionRequest(ExtensionRequest.Status.REFUSED, extension.days(), extension.reason(),
				extension.proposedBy(), actor.name(), on);
		note("extension-refused", on, actor, reason.strip(), null, null, false);
	}

	private void requireNotExtended() {
		if (extension != null && extension.granted()) {
			throw new IllegalTransitionException("inforequest.error.extendedOnce", trackingNo);
		}
	}

	/**
	 * 收费通知 — the processing fee computed by the rule (never typed in); payment due within the configured working
	 * days; the reply clock pauses meanwhile when so configured.
	 *
	 * @param quantity for {@link FeeMethod#PER_APPLICATION} the application's number in the applicant's month, for
	 *                 {@link FeeMethod#PER_PAGE} the pages
	 */
	public void issueFeeNotice(FeeMethod method, int quantity, LocalDate on, Actor actor, WorkingDayCalendar calendar,
			InfoRequestSettings settings) {
		issueFeeNotice(method, quantity, null, on, actor, calendar, settings);
	}

	/**
	 * 收费通知 for information to be answered with {@code replyType} (null when not said): never for information
	 * already published proactively.
	 */
	public void issueFeeNotice(FeeMethod method, int quantity, ReplyType replyType, LocalDate on, Actor actor,
			WorkingDayCalendar calendar, InfoRequestSettings settings) {
		require(RequestAction.ISSUE_FEE_NOTICE);
		NoFeeForProactivelyPublishedInformationRule.checkNotice(replyType).orThrow();
		if (fee != null) {
			throw new IllegalTransitionException("inforequest.error.feeOnce", trackingNo);
		}
		if (method == null) {
			throw RuleViolationException.onField("method", "inforequest.error.feeMethodRequired");
		}
		if (method == FeeMethod.PER_PAGE && quantity < 1) {
			throw RuleViolationException.onField("pages", "inforequest.error.pagesRequired");
		}
		BigDecimal amount = method == FeeMethod.PER_PAGE ? ProcessingFee.perPage(quantity)
				: ProcessingFee.perApplication(quantity);
		if (amount.signum() == 0) {
			throw new RuleViolationException("inforequest.error.noFeeDue." + method.key(), quantity);
		}
		if (settings.pauseWhileAwaitingFee()) {
			clocks.change(ClockKind.REPLY, limit -> limit.pause(on, REASON_FEE));
		}
		clocks.start(ClockKind.FEE, on, settings.feePaymentWorkingDays());
		LocalDate due = clocks.deadline(ClockKind.FEE, calendar).orElseThrow();
		fee = new FeeNotice(method, quantity, amount, on, due, null);
		moveTo(RequestAction.ISSUE_FEE_NOTICE);
		note("fee-notice", on, actor, method.key(), due, amount.toPlainString(), true);
	}

	/** 已缴费 — the reply clock resumes. */
	public void recordPayment(LocalDate on, Actor actor) {
		require(RequestAction.RECORD_PAYMENT);
		if (on.isBefore(fee.noticeOn())) {
			throw new RuleViolationException("inforequest.error.beforeNotice", on.toString(), fee.noticeOn().toString());
		}
		if (clocks.replyPaused()) {
			clocks.change(ClockKind.REPLY, limit -> limit.resume(on, "已缴纳信息处理费"));
		}
		clocks.closeIfOpen(ClockKind.FEE, on, "已缴费");
		fee = new FeeNotice(fee.method(), fee.quantity(), fee.amount(), fee.noticeOn(), fee.dueOn(), on);
		moveTo(RequestAction.RECORD_PAYMENT);
		note("fee-paid", on, actor, null, null, fee.amount().toPlainString(), true);
	}

	/** 逾期未缴费 — after the due date the application is no longer processed. */
	public void closeForNoFee(LocalDate on, Actor actor) {
		require(RequestAction.CLOSE_NO_FEE);
		if (!on.isAfter(fee.dueOn())) {
			throw new IllegalTransitionException("inforequest.error.feeNotDue", fee.dueOn().toString());
		}
		clocks.closeIfOpen(ClockKind.FEE, on, "逾期未缴费");
		decide(new Reply(Outcome.OTHER_NO_FEE, ReplyType.OTHER, on, null, null, null, null, null));
		moveTo(RequestAction.CLOSE_NO_FEE);
		note("closed-no-fee", on, actor, null, fee.dueOn(), null, true);
	}

	/** 答复 — exactly one reply type and outcome, with reasons; signed off by {@code actor}. */
	public void reply(ReplyType type, Outcome outcome, String ground, String body, String otherAgencyName,
			String otherAgencyContact, LocalDate on, Actor actor) {
		reply(type, outcome, ground, body, otherAgencyName, otherAgencyContact, List.of(), false, on, actor);
	}

	/**
	 * 答复 — exactly one reply type and outcome, with reasons, consistent with what happened to the request: "still
	 * unclear" only after a correction (第三十条), "massive requests" only after asking for reasons (第三十五条), a
	 * partial disclosure with each withheld part and its ground (第三十七条).
	 *
	 * @param reasonsAsked whether the agency asked the applicant for reasons (第三十五条), as the record shows
	 */
	public void reply(ReplyType type, Outcome outcome, String ground, String body, String otherAgencyName,
			String otherAgencyContact, List<WithheldPart> withheldParts, boolean reasonsAsked, LocalDate on,
			Actor actor) {
		reply(type, outcome, ground, body, otherAgencyName, otherAgencyContact, withheldParts, reasonsAsked, null,
				on, actor);
	}

	/**
	 * 答复 — as above; a refusal on third-party grounds (第三十二条) needs the written consultation of the third party
	 * on record or {@code thirdPartyNotConsultedReason}: why the harm is evident and the third party cannot be
	 * reached, kept on the timeline.
	 */
	public void reply(ReplyType type, Outcome outcome, String ground, String body, String otherAgencyName,
			String otherAgencyContact, List<WithheldPart> withheldParts, boolean reasonsAsked,
			String thirdPartyNotConsultedReason, LocalDate on, Actor actor) {
		require(RequestAction.REPLY);
		ReplyType effective = type != null ? type : outcome == null ? null : ReplyType.defaultFor(outcome);
		ReplyRule.check(effective, outcome, ground, body, otherAgencyName).orThrow();
		StillUnclearOnlyAfterCorrectionRule.check(outcome, correction).orThrow();
		MassiveOnlyAfterAskingForReasonsRule.check(outcome, reasonsAsked).orThrow();
		PartialDisclosureStatesEachWithheldPartRule.check(outcome, withheldParts).orThrow();
		NoFeeForProactivelyPublishedInformationRule.checkReply(effective, fee).orThrow();
		ThirdPartyWithholdingAfterConsultationRule.check(outcome, thirdParty != null, thirdPartyNotConsultedReason)
			.orThrow();
		if (outcome == Outcome.WITHHELD_THIRD_PARTY && thirdParty == null) {
			note(THIRD_PARTY_NOT_CONSULTED, on, actor, thirdPartyNotConsultedReason.strip(), null, null, false);
		}
		decide(new Reply(outcome, effective, on, blankToNull(ground), body.strip(), blankToNull(otherAgencyName),
				blankToNull(otherAgencyContact), actor.signature()));
		moveTo(RequestAction.REPLY);
		note("replied", on, actor, effective.key(), null, outcome.key(), true);
	}

	/**
	 * 要求说明理由 (条例第三十五条) — the number or frequency of the applicant's requests is clearly beyond a reasonable
	 * range: the agency asks for their reasons; the status and the clock stay.
	 */
	public void askForReasons(String text, LocalDate on, Actor actor) {
		require(RequestAction.ASK_FOR_REASONS);
		if (text == null || text.isBlank()) {
			throw RuleViolationException.onField("reason", "inforequest.error.reasonsRequestTextRequired");
		}
		note(REASONS_REQUESTED, on, actor, text.strip(), null, null, true);
	}

	/** The timeline action of the reason a third party was not consulted before a refusal (条例第三十二条). */
	public static final String THIRD_PARTY_NOT_CONSULTED = "third-party-not-consulted";

	/** The timeline action of a request for reasons (条例第三十五条). */
	public static final String REASONS_REQUESTED = "reasons-requested";

	/** 撤回 — the applicant withdraws; counted under "other handling: other". */
	public void withdraw(String reason, LocalDate on, Actor actor) {
		require(RequestAction.WITHDRAW);
		clocks.closeIfOpen(ClockKind.CORRECTION, on, "申请人撤回申请");
		clocks.closeIfOpen(ClockKind.THIRD_PARTY, on, "申请人撤回申请");
		clocks.closeIfOpen(ClockKind.FEE, on, "申请人撤回申请");
		decide(new Reply(Outcome.OTHER_OTHER, ReplyType.OTHER, on, blankToNull(reason), null, null, null, null));
		moveTo(RequestAction.WITHDRAW);
		note("withdrawn", on, actor, blankToNull(reason), null, null, true);
	}

	/** A reconsideration or lawsuit may be recorded whatever the status; the table checks it. */
	public void recordAppeal(String kindKey, String resultKey, LocalDate on, Actor actor) {
		require(RequestAction.RECORD_APPEAL);
		note("appeal-recorded", on, actor, kindKey, null, resultKey, false);
	}

	private void decide(Reply decision) {
		if (decision.decidedOn().isBefore(receivedOn)) {
			throw new RuleViolationException("inforequest.error.beforeReceipt", decision.decidedOn().toString(),
					receivedOn.toString());
		}
		clocks.closeIfOpen(ClockKind.REPLY, decision.decidedOn(), "办结：" + decision.outcome().key());
		reply = decision;
	}

	private void note(String action, LocalDate on, Actor actor, String detail, LocalDate date, String number,
			boolean notice) {
		happened.add(new Happened(action, on, actor.name(), detail, date, number, notice));
	}

	/** What the request did since it was loaded, oldest first. */
	public List<Happened> happened() {
		return List.copyOf(happened);
	}

	/** The stored form, with the deadlines to show in lists computed on {@code calendar}. */
	public RequestSnapshot snapshot(WorkingDayCalendar calendar) {
		LocalDate replyDue = status.open() ? clocks.deadline(ClockKind.REPLY, calendar).orElse(null) : null;
		LocalDate waitingDue = switch (status) {
			case AWAITING_CORRECTION -> correction.dueOn();
			case CONSULTING_THIRD_PARTY -> thirdParty.dueOn();
			case AWAITING_FEE -> fee.dueOn();
			default -> null;
		};
		return new RequestSnapshot(id, trackingNo, status, channel, receivedOn, addressedToId, agencyId, assignedOn,
				applicant, information, delivery, registeredBy, oral, imported, correction, thirdParty, extension, fee,
				reply, replyDue, waitingDue);
	}

	public RequestClocks clocks() {
		return clocks;
	}

	public Long id() {
		return id;
	}

	public String trackingNo() {
		return trackingNo;
	}

	public RequestStatus status() {
		return status;
	}

	public long agencyId() {
		return agencyId;
	}

	/** The agency applied to — the one that charges any processing fee. */
	public long addressedToId() {
		return addressedToId;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public Applicant applicant() {
		return applicant;
	}

	public Reply reply() {
		return reply;
	}

	public FeeNotice fee() {
		return fee;
	}

	public Correction correction() {
		return correction;
	}

	public ThirdPartyConsultation thirdParty() {
		return thirdParty;
	}

	public ExtensionRequest extension() {
		return extension;
	}

	/** The reply clock as it stands, if there is one. */
	public TimeLimit replyClock() {
		return clocks.get(ClockKind.REPLY).orElse(null);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
