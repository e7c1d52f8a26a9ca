package org.yangguang.inforequest.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.identity.CurrentUser;
import org.yangguang.inforequest.DeadlineView;
import org.yangguang.inforequest.RequestFilter;
import org.yangguang.inforequest.RequestRow;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestView;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/** Reads requests for pages and the API: case views, lists with their deadlines, each list in one query. */
@Service
@Transactional(readOnly = true)
public class RequestQueries {

	private final RequestRepository requests;
	private final TimelineRepository timeline;
	private final AppealRepository appeals;
	private final FileRepository files;
	private final TimeLimits timeLimits;
	private final WorkingCalendar calendar;
	private final Organisations organisations;
	private final Access access;
	private final RequestWorkflow workflow;
	private final WithheldPartRepository withheld;

	RequestQueries(RequestRepository requests, TimelineRepository timeline, AppealRepository appeals,
			FileRepository files, TimeLimits timeLimits, WorkingCalendar calendar, Organisations organisations,
			Access access, RequestWorkflow workflow, WithheldPartRepository withheld) {
		this.requests = requests;
		this.timeline = timeline;
		this.appeals = appeals;
		this.files = files;
		this.timeLimits = timeLimits;
		this.calendar = calendar;
		this.organisations = organisations;
		this.access = access;
		this.workflow = workflow;
		this.withheld = withheld;
	}

	/** The request, whoever asks: only for callers that check access themselves. */
	public java.util.Optional<RequestSnapshot> find(String trackingNo) {
		return requests.find(trackingNo);
	}

	/** The request if the current user may read it; 404 otherwise (whether or not it exists). */
	public RequestSnapshot readable(String trackingNo) {
		RequestSnapshot s = requests.find(trackingNo)
			.orElseThrow(() -> new org.yangguang.shared.NotFoundException("inforequest.error.notFound", trackingNo));
		access.requireRead(s);
		return s;
	}

	/** The case as the current user may see it, with the actions they may take now. */
	public RequestView view(String trackingNo) {
		RequestSnapshot s = readable(trackingNo);
		CurrentUser user = access.user();
		List<Deadlines.TimelineClock> clocks = Deadlines.TimelineClock
			.of(timeLimits.forSubject(ClockKind.SUBJECT_TYPE, trackingNo));
		RequestSnapshot shown = masked(s);
		boolean applicant = access.isApplicant(user, s);
		return new RequestView(shown, name(s.agencyId()), name(s.addressedToId()), Deadlines.current(s, clocks),
				Deadlines.replyAside(s, clocks), timeline.find(s.id()), appeals.find(s.id()), files.list(s.id()),
				actions(user, s), applicant, withheld.find(s.id()));
	}

	/** The actions {@code user} may take on the request now: allowed by the state machine, role, scope and facts. */
	Set<String> actions(CurrentUser user, RequestSnapshot s) {
		LocalDate today = workflow.today();
		Set<String> keys = new LinkedHashSet<>();
		for (RequestAction action : RequestAction.allowedActions(s.status())) {
			if (access.may(user, s, action) && fits(action, s, today)) {
				keys.add(action.key());
			}
		}
		return keys;
	}

	private static boolean fits(RequestAction action, RequestSnapshot s, LocalDate today) {
		return switch (action) {
			case REQUEST_CORRECTION -> s.correction() == null;
			case CLOSE_NO_CORRECTION -> today.isAfter(s.correction().dueOn());
			case END_THIRD_PARTY_SILENCE -> today.isAfter(s.thirdParty().dueOn());
			case PROPOSE_EXTENSION -> s.extension() == null || !s.extension().granted() && !s.extension().pending();
			case GRANT_EXTENSION -> s.extension() == null || !s.extension().granted();
			case REFUSE_EXTENSION -> s.extension() != null && s.extension().pending();
			case ISSUE_FEE_NOTICE -> s.fee() == null;
			case CLOSE_NO_FEE -> today.isAfter(s.fee().dueOn());
			default -> true;
		};
	}

	/** The citizen's own requests, newest first. */
	public List<RequestRow> mine(long accountId) {
		return rows(requests.findByAccount(accountId));
	}

	/** One page of the requests of the agencies in {@code agencyIds}. */
	public List<RequestRow> page(Collection<Long> agencyIds, RequestFilter filter, int page, int size) {
		return rows(requests.findPage(agencyIds, filter, page * size, size));
	}

	public long count(Collection<Long> agencyIds, RequestFilter filter) {
		return requests.count(agencyIds, filter);
	}

	/** Rows with masked applicants and their deadlines computed on today's calendar, without a query per row. */
	public List<RequestRow> rows(List<RequestSnapshot> snapshots) {
		Map<Long, String> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		WorkingDayCalendar current = calendar.calendar();
		LocalDate today = workflow.today();
		int dueSoon = workflow.settings().dueSoonWithin();
		return snapshots.stream().map(s -> new RequestRow(masked(s), names.getOrDefault(s.agencyId(), "—"),
				Deadlines.forRow(s, current, today, dueSoon))).toList();
	}

	/** The ids of the organisation and everything below it. */
	public List<Long> subtreeIds(long organisationId) {
		return organisations.subtree(organisationId).stream().map(Organisation::id).toList();
	}

	public String name(long organisationId) {
		return organisations.find(organisationId).map(Organisation::name).orElse("—");
	}

	public DeadlineView rowDeadline(RequestSnapshot s) {
		return Deadlines.forRow(s, calendar.calendar(), workflow.today(), workflow.settings().dueSoonWithin());
	}

	static RequestSnapshot masked(RequestSnapshot s) {
		return new RequestSnapshot(s.id(), s.trackingNo(), s.status(), s.channel(), s.receivedOn(), s.addressedToId(),
				s.agencyId(), s.assignedOn(), s.applicant().masked(), s.information(), s.delivery(), s.registeredBy(),
				s.oral(), s.imported(), s.correction(), s.thirdParty(), s.extension(), s.fee(), s.reply(),
				s.replyDueOn(), s.waitingDueOn());
	}

	/** Organisations by id, for naming many at once. */
	public Map<Long, Organisation> organisationsById() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}
}
