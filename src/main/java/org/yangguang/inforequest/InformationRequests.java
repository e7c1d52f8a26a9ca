package org.yangguang.inforequest;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.internal.Access;
import org.yangguang.inforequest.internal.Actors;
import org.yangguang.inforequest.internal.AddresseeRule;
import org.yangguang.inforequest.internal.FileRepository;
import org.yangguang.inforequest.internal.RequestAction;
import org.yangguang.inforequest.internal.RequestQueries;
import org.yangguang.inforequest.internal.RequestWorkflow;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 依申请公开 — applying and following an application: a citizen applies online, sees their own requests with every
 * notice and downloads the reply letter; anyone who may read a request sees its case. Staff steps are in
 * {@link RequestHandling}.
 */
@Service
public class InformationRequests {

	private final RequestWorkflow workflow;
	private final RequestQueries queries;
	private final Access access;
	private final Actors actors;
	private final Accounts accounts;
	private final Organisations organisations;
	private final FileRepository files;
	private final AuditLog audit;

	InformationRequests(RequestWorkflow workflow, RequestQueries queries, Access access, Actors actors,
			Accounts accounts, Organisations organisations, FileRepository files, AuditLog audit) {
		this.workflow = workflow;
		this.queries = queries;
		this.access = access;
		this.actors = actors;
		this.accounts = accounts;
		this.organisations = organisations;
		this.files = files;
		this.audit = audit;
	}

	/**
	 * 网上申请 — received today; addressed to a department it is handled there at once, addressed to a government it
	 * waits for the disclosure office to assign it. Committed when this returns.
	 */
	@Transactional
	public RequestSnapshot apply(OnlineApplication a) {
		CurrentUser user = access.user();
		if (user.staff() || !user.has(Role.CITIZEN)) {
			throw new AccessDeniedException("only citizens apply online");
		}
		Organisation agency = agency(a.agencyId());
		CitizenProfile profile = accounts.ownProfile(user.id()).orElse(null);
		ApplicantType type = a.applicantType();
		if (type == null) {
			throw RuleViolationException.onField("applicantType", "inforequest.error.applicantTypeRequired");
		}
		Applicant applicant = applicantOf(user, profile, type, a.orgName(), a.creditCode());
		LocalDate today = workflow.today();
		NewRequest application = new NewRequest(Channel.ONLINE, today, agency.id(), applicant,
				new RequestedInformation(strip(a.title()), strip(a.docNo()), strip(a.description()), strip(a.purpose())),
				new Delivery(a.form(), a.route()));
		return workflow.register(application, handledAtOnce(agency), today, actors.of(user));
	}

	/**
	 * The organisation applied to: it must exist, not be retired, and accept applications under the Regulation
	 * ({@link AddresseeRule}).
	 */
	Organisation agency(Long agencyId) {
		if (agencyId == null) {
			throw RuleViolationException.onField("agency", "inforequest.error.agencyRequired");
		}
		Organisation agency = organisations.find(agencyId)
			.orElseThrow(() -> RuleViolationException.onField("agency", "inforequest.error.agencyUnknown", agencyId));
		if (agency.retired()) {
			throw RuleViolationException.onField("agency", "inforequest.error.agencyRetired", agency.name());
		}
		AddresseeRule.check(agency).orThrow();
		return agency;
	}

	/** Addressed to a department or institution, the request is theirs at once; a government's office assigns it. */
	static boolean handledAtOnce(Organisation agency) {
		return agency.kind() != OrganisationKind.GOVERNMENT;
	}

	private static Applicant applicantOf(CurrentUser user, CitizenProfile p, ApplicantType type, String orgName,
			String creditCode) {
		if (p == null) {
			return new Applicant(type, user.id(), type == ApplicantType.NATURAL_PERSON ? user.displayName()
					: firstNonBlank(orgName, user.displayName()), null, null, strip(creditCode), null, null, null, null);
		}
		boolean personProfile = p.applicantKind() == CitizenProfile.ApplicantKind.NATURAL_PERSON;
		if (type == ApplicantType.NATURAL_PERSON) {
			return new Applicant(type, user.id(), firstNonBlank(p.displayName(), user.displayName()), p.idType(),
					p.idNumber(), null, null, p.mobile(), p.email(), p.address());
		}
		String name = firstNonBlank(orgName, personProfile ? null : p.orgName(), user.displayName());
		return new Applicant(type, user.id(), name, null, null,
				firstNonBlank(strip(creditCode), personProfile ? null : p.creditCode()),
				personProfile ? p.realName() : p.contactName(), p.mobile(), p.email(), p.address());
	}

	/** The signed-in citizen's own requests, newest first. */
	public List<RequestRow> mine() {
		return queries.mine(access.user().id());
	}

	/** The case as the current reader may see it; 404 for anyone who is neither the applicant nor staff in scope. */
	public RequestView view(String trackingNo) {
		return queries.view(trackingNo);
	}

	/** 撤回申请 — by the applicant, or recorded by staff on a written withdrawal. */
	@Transactional
	public void withdraw(String trackingNo, String reason) {
		RequestWorkflow.Changed changed = workflow.change(trackingNo,
				s -> actors.of(access.requireAction(s, RequestAction.WITHDRAW)),
				(r, actor) -> r.withdraw(reason, workflow.today(), actor));
		workflow.audit("inforequest." + RequestAction.WITHDRAW.key(), changed, reason);
	}

	/**
	 * 提交补正 — the correction, received today (online) or on the day staff record (paper); the reply clock restarts.
	 *
	 * @param receivedOn null: today; staff give the day a paper correction was received
	 */
	@Transactional
	public void submitCorrection(String trackingNo, String text, LocalDate receivedOn) {
		LocalDate on = pastOrToday(receivedOn, "receivedOn");
		RequestWorkflow.Changed changed = workflow.change(trackingNo, s -> {
			CurrentUser user = access.requireAction(s, RequestAction.RECEIVE_CORRECTION);
			if (!user.staff() && receivedOn != null && !receivedOn.equals(workflow.today())) {
				throw RuleViolationException.onField("receivedOn", "inforequest.error.onlineReceivedToday");
			}
			if (!user.staff() && (text == null || text.isBlank())) {
				throw RuleViolationException.onField("text", "inforequest.error.correctionTextRequired");
			}
			return actors.of(user);
		}, (r, actor) -> r.receiveCorrection(text, on, actor, workflow.settings()));
		workflow.audit("inforequest." + RequestAction.RECEIVE_CORRECTION.key(), changed, null);
	}

	/** The reply letter as issued (PDF). Staff reading it is recorded, since it names the applicant. */
	@Transactional
	public RequestFileContent letter(String trackingNo) {
		RequestSnapshot s = queries.readable(trackingNo);
		FileRepository.StoredFile letter = files.letter(s.id())
			.orElseThrow(() -> new NotFoundException("inforequest.error.noLetter", trackingNo));
		CurrentUser user = access.user();
		if (user.staff()) {
			audit.record("personal-data.read", RequestWorkflow.SUBJECT, trackingNo, null, null, "reply letter");
		}
		return new RequestFileContent(letter.info(), letter.content());
	}

	/** A file disclosed with the reply. */
	public RequestFileContent file(String trackingNo, long fileId) {
		RequestSnapshot s = queries.readable(trackingNo);
		FileRepository.StoredFile file = files.find(s.id(), fileId)
			.orElseThrow(() -> new NotFoundException("inforequest.error.fileNotFound", fileId));
		return new RequestFileContent(file.info(), file.content());
	}

	/**
	 * 进度查询 — by tracking number and the last four digits of the applicant's contact phone (for applicants without
	 * an account); empty when either does not match, so that the answer does not tell which.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PublicProgress> progress(String trackingNo, String phoneLastFour) {
		return queries.find(trackingNo)
			.filter(s -> s.applicant().phone() != null && phoneLastFour != null && phoneLastFour.length() == 4
					&& s.applicant().phone().strip().endsWith(phoneLastFour))
			.map(s -> new PublicProgress(s.trackingNo(), s.status(), s.receivedOn(), queries.name(s.addressedToId()),
					queries.rowDeadline(s), s.reply() == null ? null : s.reply().decidedOn()));
	}

	/** Agencies a citizen may apply to: every active organisation that accepts applications, in tree order. */
	public List<Organisation> agencies() {
		return organisations.inTreeOrder().stream().filter(o -> !o.retired() && o.acceptsApplications()).toList();
	}

	/** The last day a reply deadline may fall on to count as due soon from {@code today}. */
	public LocalDate dueSoonLimit(LocalDate today) {
		LocalDate day = today;
		int left = workflow.settings().dueSoonWithin();
		var calendar = workflow.calendar();
		while (left > 0) {
			day = day.plusDays(1);
			if (calendar.isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	LocalDate pastOrToday(LocalDate day, String field) {
		LocalDate today = workflow.today();
		if (day == null) {
			return today;
		}
		if (day.isAfter(today)) {
			throw RuleViolationException.onField(field, "inforequest.error.dateInFuture", day.toString());
		}
		return day;
	}

	private static String firstNonBlank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v.strip();
			}
		}
		return null;
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
