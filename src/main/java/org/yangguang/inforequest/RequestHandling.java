package org.yangguang.inforequest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.internal.Access;
import org.yangguang.inforequest.internal.Actor;
import org.yangguang.inforequest.internal.Actors;
import org.yangguang.inforequest.internal.AppealRepository;
import org.yangguang.inforequest.internal.InformationRequest;
import org.yangguang.inforequest.internal.NoTransferRule;
import org.yangguang.inforequest.internal.ProcessingFee;
import org.yangguang.inforequest.internal.Replies;
import org.yangguang.inforequest.internal.RequestAction;
import org.yangguang.inforequest.internal.RequestImporter;
import org.yangguang.inforequest.internal.RequestQueries;
import org.yangguang.inforequest.internal.RequestRepository;
import org.yangguang.inforequest.internal.RequestWorkflow;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 依申请公开办理 — what staff do with requests: register paper, fax and oral applications, assign, ask for a
 * correction, consult third parties, extend, charge fees, reply with the letter, record appeals, import the
 * register of past years. Each step checks the state machine, the rule, the role and the data scope, and is audited.
 */
@Service
public class RequestHandling {

	private final RequestWorkflow workflow;
	private final RequestQueries queries;
	private final RequestRepository requests;
	private final RequestImporter importer;
	private final AppealRepository appeals;
	private final Replies replies;
	private final Access access;
	private final Actors actors;
	private final Identity identity;
	private final Organisations organisations;
	private final InformationRequests applications;
	private final AuditLog audit;

	RequestHandling(RequestWorkflow workflow, RequestQueries queries, RequestRepository requests,
			RequestImporter importer, AppealRepository appeals, Replies replies, Access access, Actors actors, Identity identity, Organisations organisations,
			InformationRequests applications, AuditLog audit) {
		this.workflow = workflow;
		this.queries = queries;
		this.requests = requests;
		this.importer = importer;
		this.appeals = appeals;
		this.replies = replies;
		this.access = access;
		this.actors = actors;
		this.identity = identity;
		this.organisations = organisations;
		this.applications = applications;
		this.audit = audit;
	}

	/**
	 * 诉求转依申请公开 — a disclosure application that arrived through the hotline or mailbox, registered by the hotline
	 * operator with the day the appeal was received as its date of receipt (条例第三十一条); {@code sourceTicketNo} is
	 * noted in the audit trail.
	 */
	@Transactional
	public RequestSnapshot registerFromAppeal(NewRequest application, String sourceTicketNo) {
		Organisation agency = applications.agency(application.agencyId());
		CurrentUser user = identity.requireUser();
		if (!user.has(org.yangguang.identity.Role.OPERATOR)) {
			throw new org.springframework.security.access.AccessDeniedException("only the hotline converts appeals");
		}
		RequestSnapshot s = workflow.register(application, InformationRequests.handledAtOnce(agency), workflow.today(),
				actors.of(user));
		audit.record("inforequest.converted-from-appeal", RequestWorkflow.SUBJECT, s.trackingNo(), null, sourceTicketNo,
				null);
		return s;
	}

	/** 登记 — an application received in person, by post, registered post or fax, or made orally. */
	@Transactional
	public RequestSnapshot register(NewRequest application) {
		Organisation agency = applications.agency(application.agencyId());
		CurrentUser user = access.requireRegistrar(agency.id());
		if (application.channel() == Channel.ONLINE) {
			throw RuleViolationException.onField("channel", "inforequest.error.onlineIsNotRegistered");
		}
		return workflow.register(application, InformationRequests.handledAtOnce(agency), workflow.today(),
				actors.of(user));
	}

	/** A page of the requests in the current staff member's scope. */
	public RequestPage list(RequestFilter filter, int page, int size) {
		CurrentUser user = access.user();
		if (!user.staff() || user.organisationId() == null) {
			throw new AccessDeniedException("staff only");
		}
		List<Long> scope = queries.subtreeIds(user.organisationId());
		int safePage = Math.max(page, 0);
		int safeSize = Math.min(Math.max(size, 1), 200);
		return new RequestPage(queries.page(scope, filter, safePage, safeSize), queries.count(scope, filter),
				safePage, safeSize);
	}

	/** The applicant's personal data in full, for staff handling the case; every such read is audited. */
	@Transactional
	public Applicant revealApplicant(String trackingNo, String purpose) {
		RequestSnapshot s = queries.readable(trackingNo);
		identity.requireInScope(s.agencyId(), Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE);
		audit.record("personal-data.read", RequestWorkflow.SUBJECT, trackingNo, null, null,
				purpose == null || purpose.isBlank() ? "handling the request" : purpose.strip());
		return s.applicant();
	}

	/**
	 * 分办、改派 — to a handling unit (承办) of the agency applied to, in the office's scope; the date of receipt and
	 * the clock stay, and the agency applied to still answers and counts the request ({@link NoTransferRule}).
	 */
	@Transactional
	public void assign(String trackingNo, long agencyId) {
		Organisation target = applications.agency(agencyId);
		step(trackingNo, RequestAction.ASSIGN, null, s -> {
			if (!identity.covers(target.id())) {
				throw new AccessDeniedException("target agency out of scope");
			}
			NoTransferRule.check(organisations.get(s.addressedToId()), target).orThrow();
		}, (r, actor) -> r.assign(target.id(), workflow.today(), actor, target.name()));
	}

	/** 补正告知 — every item at once, within 7 working days of receipt. */
	@Transactional
	public void requestCorrection(String trackingNo, List<String> items, LocalDate dueOn) {
		step(trackingNo, RequestAction.REQUEST_CORRECTION, null, s -> {
		}, (r, actor) -> r.requestCorrection(items, dueOn, workflow.today(), actor, workflow.calendar(),
				workflow.settings()));
	}

	/** 逾期未补正 — closes the request once the correction's due date has passed. */
	@Transactional
	public void closeForNoCorrection(String trackingNo) {
		step(trackingNo, RequestAction.CLOSE_NO_CORRECTION, null, s -> {
		}, (r, actor) -> r.closeForNoCorrection(workflow.today(), actor));
	}

	/** 征求第三方意见 — the reply clock pauses. */
	@Transactional
	public void consultThirdParty(String trackingNo, String party, String contact) {
		step(trackingNo, RequestAction.CONSULT_THIRD_PARTY, null, s -> {
		}, (r, actor) -> r.consultThirdParty(party, contact, workflow.today(), actor, workflow.calendar(),
				workflow.settings()));
	}

	/** 第三方意见 — the reply clock resumes from the day the opinion arrived (today unless given). */
	@Transactional
	public void recordThirdPartyOpinion(String trackingNo, Boolean consent, String reason, LocalDate answeredOn) {
		step(trackingNo, RequestAction.RECORD_THIRD_PARTY_OPINION, reason, s -> {
			if (consent == null) {
				throw RuleViolationException.onField("consent", "inforequest.error.consentRequired");
			}
		}, (r, actor) -> r.recordThirdPartyOpinion(consent, reason, applications.pastOrToday(answeredOn, "answeredOn"),
				actor));
	}

	/** 第三方逾期未答复 — the period ended in silence; the agency decides. */
	@Transactional
	public void endThirdPartySilence(String trackingNo) {
		step(trackingNo, RequestAction.END_THIRD_PARTY_SILENCE, null, s -> {
		}, (r, actor) -> r.endThirdPartySilence(workflow.today(), actor));
	}

	/**
	 * 延期 — granted at once by the head of the disclosure office (条例第三十三条; another member of the office is
	 * refused, 403); proposed to the office by the department.
	 *
	 * @param workingDays null when the office grants what was proposed
	 * @return {@code GRANTED} or {@code PROPOSED}
	 */
	@Transactional
	public ExtensionRequest.Status extend(String trackingNo, Integer workingDays, String reason) {
		CurrentUser user = access.user();
		RequestSnapshot s = requests.find(trackingNo)
			.orElseThrow(() -> new NotFoundException("inforequest.error.notFound", trackingNo));
		boolean office = user.has(Role.DISCLOSURE_OFFICE) && identity.covers(s.agencyId());
		if (office) {
			step(trackingNo, RequestAction.GRANT_EXTENSION, reason, x -> {
			}, (r, actor) -> r.grantExtension(workingDays, reason, workflow.today(), actor, workflow.calendar(),
					workflow.settings()));
			return ExtensionRequest.Status.GRANTED;
		}
		step(trackingNo, RequestAction.PROPOSE_EXTENSION, reason, x -> {
			if (workingDays == null) {
				throw RuleViolationException.onField("workingDays", "inforequest.error.extensionDaysPositive");
			}
		}, (r, actor) -> r.proposeExtension(workingDays, reason, workflow.today(), actor, workflow.settings()));
		return ExtensionRequest.Status.PROPOSED;
	}

	/** 不同意延期 */
	@Transactional
	public void refuseExtension(String trackingNo, String reason) {
		step(trackingNo, RequestAction.REFUSE_EXTENSION, reason, s -> {
		}, (r, actor) -> r.refuseExtension(reason, workflow.today(), actor));
	}

	/**
	 * The fee the rule gives for this request: per application by its number in the applicant's month, per page by
	 * the pages given.
	 */
	public FeeQuote feeQuote(String trackingNo, FeeMethod method, Integer pages) {
		RequestSnapshot s = queries.readable(trackingNo);
		int quantity = quantity(s, method, pages);
		return new FeeQuote(method, quantity, method == FeeMethod.PER_PAGE ? ProcessingFee.perPage(quantity)
				: ProcessingFee.perApplication(quantity));
	}

	private int quantity(RequestSnapshot s, FeeMethod method, Integer pages) {
		if (method == FeeMethod.PER_PAGE) {
			return pages == null ? 0 : pages;
		}
		return requests.numberInMonth(s.applicant().key(), s.addressedToId(), s.receivedOn(), s.id());
	}

	/** 收费通知 — the amount is computed by the rule, never typed in. */
	@Transactional
	public void issueFeeNotice(String trackingNo, FeeMethod method, Integer pages) {
		issueFeeNotice(trackingNo, method, pages, null);
	}

	/**
	 * 收费通知 for information to be answered with {@code replyType} (null when not said); never for information
	 * already published proactively.
	 */
	@Transactional
	public void issueFeeNotice(String trackingNo, FeeMethod method, Integer pages, ReplyType replyType) {
		step(trackingNo, RequestAction.ISSUE_FEE_NOTICE, null, s -> {
		}, (r, actor) -> {
			int quantity = method == null ? 0 : method == FeeMethod.PER_PAGE ? (pages == null ? 0 : pages)
					: requests.numberInMonth(r.applicant().key(), r.addressedToId(), r.receivedOn(), r.id());
			r.issueFeeNotice(method, quantity, replyType, workflow.today(), actor, workflow.calendar(),
					workflow.settings());
		});
	}

	/** 已缴费 — on the day paid (today unless given). */
	@Transactional
	public void recordPayment(String trackingNo, LocalDate paidOn) {
		step(trackingNo, RequestAction.RECORD_PAYMENT, null, s -> {
		}, (r, actor) -> r.recordPayment(applications.pastOrToday(paidOn, "paidOn"), actor));
	}

	/** 逾期未缴费 — closes the request once the payment's due date has passed. */
	@Transactional
	public void closeForNoFee(String trackingNo) {
		step(trackingNo, RequestAction.CLOSE_NO_FEE, null, s -> {
		}, (r, actor) -> r.closeForNoFee(workflow.today(), actor));
	}

	/**
	 * 要求说明理由 (条例第三十五条) — the applicant's requests are clearly beyond a reasonable number or frequency; the
	 * request for reasons is recorded and sent to the applicant. Only after it may the request be "not processed" as
	 * massive repeated requests.
	 */
	@Transactional
	public void askForReasons(String trackingNo, String text) {
		step(trackingNo, RequestAction.ASK_FOR_REASONS, null, s -> {
		}, (r, actor) -> r.askForReasons(text, workflow.today(), actor));
	}

	/**
	 * 答复 — the decision with its letter (rendered and kept as issued) and the files disclosed with it; signed off by
	 * the member of staff who issues it.
	 */
	@Transactional
	public RequestSnapshot reply(String trackingNo, ReplyCommand reply) {
		return replies.issue(trackingNo, s -> actors.of(access.requireAction(s, RequestAction.REPLY)), reply,
				workflow.today());
	}

	/**
	 * 行政复议、行政诉讼 — recorded with its result; recording the same case (kind and filing date) again updates it.
	 */
	@Transactional
	public void recordAppeal(String trackingNo, AppealKind kind, LocalDate filedOn, AppealResult result,
			LocalDate decidedOn, String note) {
		AppealResult effective = result == null ? AppealResult.PENDING : result;
		LocalDate today = workflow.today();
		RequestWorkflow.Changed changed = workflow.change(trackingNo, s -> {
			CurrentUser user = access.requireAction(s, RequestAction.RECORD_APPEAL);
			checkAppeal(s, kind, filedOn, effective, decidedOn, today);
			return actors.of(user);
		}, (r, actor) -> r.recordAppeal(kind.key(), effective.key(), today, actor));
		appeals.save(changed.after().id(), kind, filedOn, effective, decidedOn, note == null ? null : note.strip(),
				workflow.now());
		workflow.audit("inforequest." + RequestAction.RECORD_APPEAL.key(), changed,
				kind.key() + " filed " + filedOn + ": " + effective.key());
	}

	private static void checkAppeal(RequestSnapshot s, AppealKind kind, LocalDate filedOn, AppealResult effective,
			LocalDate decidedOn, LocalDate today) {
		if (kind == null) {
			throw RuleViolationException.onField("kind", "inforequest.error.appealKindRequired");
		}
		if (filedOn == null) {
			throw RuleViolationException.onField("filedOn", "inforequest.error.filedOnRequired");
		}
		if (filedOn.isAfter(today)) {
			throw RuleViolationException.onField("filedOn", "inforequest.error.dateInFuture", filedOn.toString());
		}
		if (effective == AppealResult.PENDING && decidedOn != null) {
			throw RuleViolationException.onField("decidedOn", "inforequest.error.pendingHasNoDecision");
		}
		if (effective != AppealResult.PENDING && decidedOn == null) {
			throw RuleViolationException.onField("decidedOn", "inforequest.error.appealDecidedOnRequired");
		}
		if (decidedOn != null && (decidedOn.isBefore(filedOn) || decidedOn.isAfter(today))) {
			throw RuleViolationException.onField("decidedOn", "inforequest.error.appealDecidedOnRange",
					filedOn.toString(), today.toString());
		}
		if (filedOn.isBefore(s.receivedOn())) {
			throw RuleViolationException.onField("filedOn", "inforequest.error.beforeReceipt", filedOn.toString(),
					s.receivedOn().toString());
		}
	}

	/** 历史台账导入 — by the disclosure office, for organisations in its scope; all rows or none. */
	@Transactional
	public ImportResult importRecords(List<ImportRecord> records) {
		CurrentUser user = access.user();
		if (!user.staff() || !user.has(Role.DISCLOSURE_OFFICE)) {
			throw new AccessDeniedException("disclosure office only");
		}
		String batch = "import-" + user.username() + "-" + workflow.now().toEpochMilli();
		return importer.importRecords(records, identity::covers, actors.of(user), batch);
	}

	private void step(String trackingNo, RequestAction action, String reason,
			java.util.function.Consumer<RequestSnapshot> check, BiConsumer<InformationRequest, Actor> change) {
		RequestWorkflow.Changed changed = workflow.change(trackingNo, s -> {
			CurrentUser user = access.requireAction(s, action);
			check.accept(s);
			return actors.of(user);
		}, change);
		workflow.audit("inforequest." + action.key(), changed, reason);
	}

	/** One page of requests with the total count. */
	public record RequestPage(List<RequestRow> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	/** The fee the rule gives: method, quantity (application number in the month, or pages) and amount in yuan. */
	public record FeeQuote(FeeMethod method, int quantity, java.math.BigDecimal amount) {
	}
}
