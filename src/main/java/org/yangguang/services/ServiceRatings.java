package org.yangguang.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.internal.CaseAccess;
import org.yangguang.services.internal.CaseRepository;
import org.yangguang.services.internal.CaseWorkflow;
import org.yangguang.services.internal.RatingRepository;
import org.yangguang.services.internal.ServiceCase;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 好差评 (DOMAIN.md §3) — one rating per case and channel on five levels, once the case is decided, refused or
 * closed. A bad rating (不满意, 非常不满意) is verified by the handling department and rectified within the
 * configurable time limit (15 working days by default, on the calendar), or explained as unfounded; a mistaken or
 * malicious one may be appealed and is removed when a supervisor upholds the appeal; a real-name bad rating gets a
 * return visit; the rater is told each result ({@link RatingHandled}). Statistics and the rectification list are
 * public, without the rater.
 */
@Service
public class ServiceRatings {

	public static final String SUBJECT = "service-rating";
	public static final String RECTIFY_KIND = "services.rectification";
	static final List<String> CHANNELS = List.of("portal", "window", "sms", "hotline", "terminal");

	private final RatingRepository ratings;
	private final CaseWorkflow workflow;
	private final CaseRepository cases;
	private final CaseAccess access;
	private final TimeLimits timeLimits;
	private final Organisations organisations;
	private final ServiceCatalog catalog;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int rectifyDays;

	ServiceRatings(RatingRepository ratings, CaseWorkflow workflow, CaseRepository cases, CaseAccess access,
			TimeLimits timeLimits, Organisations organisations, ServiceCatalog catalog, AuditLog audit,
			ApplicationEventPublisher events, Clock clock,
			@Value("${yangguang.services.rectify-days:15}") int rectifyDays) {
		this.ratings = ratings;
		this.workflow = workflow;
		this.cases = cases;
		this.access = access;
		this.timeLimits = timeLimits;
		this.organisations = organisations;
		this.catalog = catalog;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.rectifyDays = rectifyDays;
	}

	/**
	 * Rates a case. On the portal the applicant rates; on the window device, by SMS link or on the hotline the window
	 * or operator records the applicant's rating. A second rating on the same channel is refused (409).
	 */
	@Transactional
	public Rating rate(String caseNo, int level, String comment, String channel) {
		String via = channel == null || channel.isBlank() ? "portal" : channel.strip();
		if (!CHANNELS.contains(via)) {
			throw RuleViolationException.onField("channel", "services.error.ratingChannel", String.join(", ", CHANNELS));
		}
		if (level < 1 || level > 5) {
			throw RuleViolationException.onField("level", "services.error.ratingLevel");
		}
		if (comment != null && comment.length() > 2000) {
			throw RuleViolationException.onField("comment", "services.error.reasonTooLong", 2000);
		}
		ServiceCase c = workflow.load(caseNo, true);
		CurrentUser user = access.requireRead(c);
		boolean applicant = access.isApplicant(user, c);
		if ("portal".equals(via) ? !applicant : !user.hasAny(Role.WINDOW, Role.OPERATOR)) {
			throw new AccessDeniedException("rating channel " + via);
		}
		if (c.status() != CaseStatus.DECIDED && c.status() != CaseStatus.CLOSED && c.status() != CaseStatus.REFUSED) {
			throw new IllegalTransitionException("services.error.notYetRated", caseNo);
		}
		if (ratings.ofCase(c.id()).stream().anyMatch(r -> r.channel().equals(via))) {
			throw new IllegalTransitionException("services.error.alreadyRated", caseNo, via);
		}
		LocalDate today = workflow.today();
		boolean bad = level <= 2;
		LocalDate due = bad ? workflow.calendar().deadline(today, rectifyDays).deadline() : null;
		String window = cases.events(c.id()).stream().filter(e -> "accepted".equals(e.action()))
			.map(CaseEvent::actor).findFirst().orElse(null);
		long id = ratings.insert(c.id(), via, level, blank(comment), clock.instant(), today, c.applicant().accountId(),
				c.applicant().accountId() != null, c.departmentId(), c.itemCode(), window,
				bad ? RatingStatus.VERIFYING : RatingStatus.RECORDED, due)
			.orElseThrow(() -> new IllegalTransitionException("services.error.alreadyRated", caseNo, via));
		if (bad) {
			timeLimits.start(RECTIFY_KIND, SUBJECT, String.valueOf(id), today, rectifyDays);
		}
		audit.record("services.rating.recorded", SUBJECT, String.valueOf(id), null,
				"case=" + caseNo + "; channel=" + via + "; level=" + level, null);
		events.publishEvent(new RatingHandled(id, caseNo, bad ? "bad-rating" : "rated", c.departmentId(),
				c.applicant().accountId(), clock.instant()));
		return get(id);
	}

	/** 整改 — the handling department fixed what the bad rating was about. */
	@Transactional
	public Rating rectify(long id, String note) {
		return handle(id, "rectified", RatingStatus.VERIFYING, RatingStatus.RECTIFIED, note, true);
	}

	/** 不属实 — the department explains why the bad rating is unfounded. */
	@Transactional
	public Rating explainUnfounded(long id, String note) {
		return handle(id, "unfounded", RatingStatus.VERIFYING, RatingStatus.UNFOUNDED, note, true);
	}

	/** 申诉 — the department says the rating is mistaken or malicious; the clock stops while a supervisor reviews. */
	@Transactional
	public Rating appeal(long id, String reason) {
		RatingRepository.Stored r = department(id);
		requireStatus(r, RatingStatus.VERIFYING);
		String why = require(reason);
		ratings.update(id, RatingStatus.APPEALED, r.handlingNote(), r.handledOn(), r.returnVisit(), why);
		clockOf(id).ifPresent(l -> timeLimits.pause(l.id(), workflow.today(), "申诉复核"));
		finish(r, "appealed", why);
		return get(id);
	}

	/** 申诉复核 — a supervisor removes the rating (upheld) or sends it back to be rectified. */
	@Transactional
	public Rating reviewAppeal(long id, boolean upheld, String note) {
		CurrentUser user = access.user();
		if (!user.has(Role.SUPERVISOR)) {
			throw new AccessDeniedException("appeal review");
		}
		RatingRepository.Stored r = load(id);
		requireStatus(r, RatingStatus.APPEALED);
		String why = require(note);
		LocalDate today = workflow.today();
		if (upheld) {
			ratings.update(id, RatingStatus.REMOVED, why, today, r.returnVisit(), r.appealReason());
			clockOf(id).ifPresent(l -> {
				timeLimits.resume(l.id(), today, "申诉成立");
				timeLimits.close(l.id(), today, "申诉成立，差评撤销");
			});
		}
		else {
			ratings.update(id, RatingStatus.VERIFYING, r.handlingNote(), r.handledOn(), r.returnVisit(),
					r.appealReason());
			clockOf(id).ifPresent(l -> timeLimits.resume(l.id(), today, "申诉不成立"));
		}
		finish(r, upheld ? "removed" : "appeal-rejected", why);
		return get(id);
	}

	/** 回访 — the return visit to a real-name bad rating, by a supervisor or the hotline. */
	@Transactional
	public Rating returnVisit(long id, String note) {
		CurrentUser user = access.user();
		if (!user.hasAny(Role.SUPERVISOR, Role.OPERATOR)) {
			throw new AccessDeniedException("return visit");
		}
		RatingRepository.Stored r = load(id);
		if (r.level() > 2 || !r.realName()) {
			throw new IllegalTransitionException("services.error.noReturnVisit", id);
		}
		ratings.update(id, r.status(), r.handlingNote(), r.handledOn(), require(note), r.appealReason());
		audit.record("services.rating.return-visit", SUBJECT, String.valueOf(id), null, note, null);
		return get(id);
	}

	@Transactional(readOnly = true)
	public Rating get(long id) {
		return toRating(load(id), names());
	}

	/** The ratings of a case, for its readers. */
	@Transactional(readOnly = true)
	public List<Rating> ofCase(String caseNo) {
		ServiceCase c = workflow.load(caseNo, false);
		access.requireRead(c);
		Map<Long, Organisation> names = names();
		return ratings.ofCase(c.id()).stream().map(r -> toRating(r, names)).toList();
	}

	/** 差评整改公示 — bad ratings and how each was handled (public: no rater, no comment beyond the text). */
	@Transactional(readOnly = true)
	public List<Rating> rectificationList(int limit) {
		Map<Long, Organisation> names = names();
		return ratings.bad(null, limit).stream().map(r -> toRating(r, names)).toList();
	}

	/** The bad ratings the signed-in department staff must handle. */
	@Transactional(readOnly = true)
	public List<Rating> toHandle() {
		CurrentUser user = access.user();
		Map<Long, Organisation> names = names();
		List<Long> scope = user.has(Role.SUPERVISOR) ? null : access.scope(names.keySet());
		return ratings.bad(scope, 200).stream().map(r -> toRating(r, names)).toList();
	}

	/** The centre's figures for cases and ratings in the period, for one department (org code) or all. */
	@Transactional(readOnly = true)
	public ServiceStatistics statistics(String departmentCode, LocalDate from, LocalDate to) {
		LocalDate start = from == null ? LocalDate.of(workflow.today().getYear(), 1, 1) : from;
		LocalDate end = to == null ? workflow.today() : to;
		if (end.isBefore(start)) {
			throw RuleViolationException.onField("to", "services.error.period");
		}
		Long department = null;
		if (departmentCode != null && !departmentCode.isBlank()) {
			department = organisations.findByCode(departmentCode.strip())
				.orElseThrow(() -> RuleViolationException.onField("dept", "services.error.departmentUnknown",
						departmentCode)).id();
		}
		CaseRepository.Figures f = cases.figures(department, start, end);
		long[] counts = ratings.counts(department, start, end);
		return new ServiceStatistics(f.received(), f.accepted(), f.decided(), f.onTime(),
				ServiceStatistics.ratio(f.onTime(), f.decided()), ServiceStatistics.ratio(f.instantDecided(), f.decided()),
				new ServiceStatistics.Ratings(counts[0], counts[1], ServiceStatistics.ratio(counts[0] - counts[1], counts[0])));
	}

	/** Public rating figures per department, window or item in the period: key, count, bad, average level. */
	@Transactional(readOnly = true)
	public List<RatingGroup> groups(String by, LocalDate from, LocalDate to) {
		String column = switch (by == null ? "department" : by) {
			case "window" -> "window_holder";
			case "item" -> "item_code";
			default -> "department_id";
		};
		Map<Long, Organisation> names = names();
		LocalDate end = to == null ? workflow.today() : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		return ratings.groups(column, start, end).stream().map(g -> {
			String label = g.key();
			if (column.equals("department_id")) {
				Organisation o = names.get(Long.valueOf(g.key()));
				label = o == null ? g.key() : o.name();
			}
			else if (column.equals("item_code")) {
				label = catalog.find(g.key()).map(i -> i.guide().name()).orElse(g.key());
			}
			return new RatingGroup(label, g.count(), g.bad(),
					ServiceStatistics.ratio(g.count() - g.bad(), g.count()),
					g.count() == 0 ? 0 : Math.round(g.levels() * 100.0 / g.count()) / 100.0);
		}).toList();
	}

	private Rating handle(long id, String action, RatingStatus from, RatingStatus to, String note, boolean close) {
		RatingRepository.Stored r = department(id);
		requireStatus(r, from);
		String why = require(note);
		LocalDate today = workflow.today();
		ratings.update(id, to, why, today, r.returnVisit(), r.appealReason());
		if (close) {
			clockOf(id).ifPresent(l -> timeLimits.close(l.id(), today, action));
		}
		finish(r, action, why);
		return get(id);
	}

	private void finish(RatingRepository.Stored r, String action, String note) {
		audit.record("services.rating." + action, SUBJECT, String.valueOf(r.id()), r.status().key(), action, note);
		events.publishEvent(new RatingHandled(r.id(), r.caseNo(), action, r.departmentId(), r.raterAccountId(),
				clock.instant()));
	}

	private RatingRepository.Stored department(long id) {
		RatingRepository.Stored r = ratings.findForUpdate(id)
			.orElseThrow(() -> new NotFoundException("services.error.ratingNotFound", id));
		CurrentUser user = access.user();
		if (!user.hasAny(Role.CLERK, Role.LEADER) || !access.covers(r.departmentId())) {
			throw new AccessDeniedException("rating of another department");
		}
		return r;
	}

	private RatingRepository.Stored load(long id) {
		return ratings.find(id).orElseThrow(() -> new NotFoundException("services.error.ratingNotFound", id));
	}

	private java.util.Optional<TimeLimitStatus> clockOf(long id) {
		List<TimeLimitStatus> limits = timeLimits.forSubject(SUBJECT, String.valueOf(id));
		return limits.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(limits.get(limits.size() - 1));
	}

	private static void requireStatus(RatingRepository.Stored r, RatingStatus status) {
		if (r.status() != status) {
			throw new IllegalTransitionException("services.error.ratingState", r.id(), r.status().key());
		}
	}

	private Map<Long, Organisation> names() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}

	private Rating toRating(RatingRepository.Stored r, Map<Long, Organisation> names) {
		Organisation d = names.get(r.departmentId());
		String itemName = catalog.find(r.itemCode()).map(i -> i.guide().name()).orElse(r.itemCode());
		return new Rating(r.id(), r.caseNo(), r.channel(), r.level(), r.comment(), r.ratedOn(), r.realName(),
				d == null ? null : d.name(), r.itemCode(), itemName, r.status(), r.rectifyDue(), r.handlingNote(),
				r.handledOn(), r.returnVisit(), r.appealReason());
	}

	private static String require(String s) {
		if (s == null || s.isBlank()) {
			throw RuleViolationException.onField("note", "services.error.reasonRequired");
		}
		return s.strip();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
