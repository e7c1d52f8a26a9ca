package org.yangguang.consultation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.yangguang.consultation.ConsultationPhase;
import org.yangguang.consultation.ConsultationStatus;
import org.yangguang.consultation.DraftArticle;
import org.yangguang.consultation.FinalDecision;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 征求意见 — one draft put out for comment and the rules of each step:
 * <ul>
 * <li>drafted → submitted → approved (or returned to the draft) by a reviewer who is not the author → published;</li>
 * <li>the comment period runs from {@code opensOn} to {@code closesOn} inclusive; it lasts at least the minimum (30
 * days by default, 重大行政决策程序暂行条例 第十四条) unless a reason for a shorter one is recorded; published after its
 * opening day, the period moves to start on the day of publication and keeps its length;</li>
 * <li>comments are taken only while the period is open; it may be closed early with a reason, which is shown;</li>
 * <li>after the period, the adoption report is published once every comment has its decision; then the final
 * decision is linked.</li>
 * </ul>
 * Dates are given by the caller; each step is noted for the history.
 */
public final class Consultation {

	public static final int MAX_TITLE = 150;
	public static final int MAX_ARTICLE = 20000;
	public static final int MAX_REASON = 1000;

	public record Happened(String action, LocalDate on, String actor, String note) {
	}

	Long id;
	final long organisationId;
	ConsultationStatus status;
	String title;
	String background;
	String contact;
	LocalDate opensOn;
	LocalDate closesOn;
	String shortReason;
	boolean anonymousComments;
	final Long authorId;
	final String authorName;
	String reviewerName;
	String reviewNote;
	LocalDate publishedOn;
	String publishedBy;
	Long documentId;
	LocalDate closedEarlyOn;
	String closeReason;
	LocalDate reportDueOn;
	LocalDate reportPublishedOn;
	Long reportDocumentId;
	FinalDecision finalDecision;
	LocalDate concludedOn;
	List<DraftArticle> articles;
	private final List<Happened> happened = new ArrayList<>();

	Consultation(Long id, long organisationId, ConsultationStatus status, String title, Long authorId,
			String authorName) {
		this.id = id;
		this.organisationId = organisationId;
		this.status = status;
		this.title = title;
		this.authorId = authorId;
		this.authorName = authorName;
	}

	/** A new draft, checked; the period's minimum length is {@code minDays} unless a reason is given. */
	public static Consultation draft(long organisationId, String title, String background, String contact,
			List<DraftArticle> articles, LocalDate opensOn, LocalDate closesOn, String reason, boolean anonymous,
			Long authorId, String authorName, LocalDate today, int minDays) {
		Consultation c = new Consultation(null, organisationId, ConsultationStatus.DRAFT, null, authorId, authorName);
		c.revise(title, background, contact, articles, opensOn, closesOn, reason, anonymous, today, minDays);
		c.happened.add(new Happened("created", today, authorName, null));
		return c;
	}

	/** The author (or a colleague) changes the draft before it is submitted. */
	public void revise(String newTitle, String newBackground, String newContact, List<DraftArticle> newArticles,
			LocalDate newOpensOn, LocalDate newClosesOn, String reason, boolean anonymous, LocalDate today,
			int minDays) {
		require("edit", ConsultationStatus.DRAFT);
		String t = clean(newTitle);
		if (t == null || t.length() > MAX_TITLE) {
			throw RuleViolationException.onField("title", "consultation.error.title", MAX_TITLE);
		}
		this.articles = checkedArticles(newArticles);
		String why = clean(reason);
		if (why != null && why.length() > MAX_REASON) {
			throw RuleViolationException.onField("reason", "consultation.error.tooLong", MAX_REASON);
		}
		checkPeriod(newOpensOn, newClosesOn, why, today, minDays);
		this.title = t;
		this.background = clean(newBackground);
		this.contact = clean(newContact);
		this.opensOn = newOpensOn;
		this.closesOn = newClosesOn;
		this.shortReason = days(newOpensOn, newClosesOn) < minDays ? why : null;
		this.anonymousComments = anonymous;
	}

	static List<DraftArticle> checkedArticles(List<DraftArticle> given) {
		if (given == null || given.isEmpty()) {
			throw RuleViolationException.onField("articles", "consultation.error.articlesRequired");
		}
		Set<Integer> seen = new HashSet<>();
		List<DraftArticle> out = new ArrayList<>();
		for (DraftArticle a : given) {
			String text = a == null ? null : clean(a.text());
			if (text == null) {
				throw RuleViolationException.onField("articles", "consultation.error.articleText",
						a == null ? out.size() + 1 : a.no());
			}
			if (text.length() > MAX_ARTICLE) {
				throw RuleViolationException.onField("articles", "consultation.error.tooLong", MAX_ARTICLE);
			}
			if (a.no() < 1 || !seen.add(a.no())) {
				throw RuleViolationException.onField("articles", "consultation.error.articleNo", a.no());
			}
			out.add(new DraftArticle(a.no(), clean(a.chapter()), text));
		}
		out.sort((x, y) -> Integer.compare(x.no(), y.no()));
		return List.copyOf(out);
	}

	/** The period in days, both ends counted. */
	public static long days(LocalDate opens, LocalDate closes) {
		return ChronoUnit.DAYS.between(opens, closes) + 1;
	}

	private static void checkPeriod(LocalDate opens, LocalDate closes, String reason, LocalDate today, int minDays) {
		if (opens == null) {
			throw RuleViolationException.onField("opensOn", "consultation.error.opensOn");
		}
		if (closes == null) {
			throw RuleViolationException.onField("closesOn", "consultation.error.closesOn");
		}
		if (opens.isBefore(today)) {
			throw RuleViolationException.onField("opensOn", "consultation.error.opensInPast", opens, today);
		}
		if (closes.isBefore(opens)) {
			throw RuleViolationException.onField("closesOn", "consultation.error.closesBeforeOpens", closes, opens);
		}
		if (days(opens, closes) < minDays && reason == null) {
			throw RuleViolationException.onField("reason", "consultation.error.shortPeriod", days(opens, closes),
					minDays);
		}
	}

	public void submit(LocalDate today, String actor) {
		require("submit", ConsultationStatus.DRAFT);
		status = ConsultationStatus.SUBMITTED;
		happened.add(new Happened("submitted", today, actor, null));
	}

	/** 审核 — approve, or return to the draft with the reviewer's note (required). Nobody reviews their own draft. */
	public void review(boolean approve, String note, LocalDate today, String reviewer) {
		require("review", ConsultationStatus.SUBMITTED);
		String why = clean(note);
		if (!approve && why == null) {
			throw RuleViolationException.onField("note", "consultation.error.returnNote");
		}
		status = approve ? ConsultationStatus.APPROVED : ConsultationStatus.DRAFT;
		reviewerName = reviewer;
		reviewNote = why;
		happened.add(new Happened(approve ? "approved" : "returned", today, reviewer, why));
	}

	/** 发布 — published after its opening day, the period starts today and keeps its length. */
	public void publish(LocalDate today, String publisher) {
		require("publish", ConsultationStatus.APPROVED);
		String note = null;
		if (opensOn.isBefore(today)) {
			long length = days(opensOn, closesOn);
			note = opensOn + " → " + today;
			opensOn = today;
			closesOn = today.plusDays(length - 1);
		}
		status = ConsultationStatus.PUBLISHED;
		publishedOn = today;
		publishedBy = publisher;
		happened.add(new Happened("published", today, publisher, note));
	}

	public ConsultationPhase phase(LocalDate today) {
		if (!status.isPublic()) {
			return null;
		}
		if (status != ConsultationStatus.PUBLISHED || today.isAfter(closesOn)) {
			return ConsultationPhase.ENDED;
		}
		return today.isBefore(opensOn) ? ConsultationPhase.UPCOMING : ConsultationPhase.OPEN;
	}

	/** The day the period ended (or ends): the early close, or the closing date. */
	public LocalDate endedOn() {
		return closedEarlyOn != null ? closedEarlyOn : closesOn;
	}

	/** 提前结束 — recorded with its reason, which the public page shows. */
	public void close(LocalDate today, String reason, String actor) {
		if (status != ConsultationStatus.PUBLISHED || phase(today) == ConsultationPhase.ENDED) {
			throw transition("close");
		}
		String why = clean(reason);
		if (why == null) {
			throw RuleViolationException.onField("reason", "consultation.error.closeReason");
		}
		if (why.length() > MAX_REASON) {
			throw RuleViolationException.onField("reason", "consultation.error.tooLong", MAX_REASON);
		}
		status = ConsultationStatus.CLOSED;
		closedEarlyOn = today;
		closeReason = why;
		happened.add(new Happened("closed", today, actor, why));
	}

	/** Comments are taken only while the period is open: 409 with the period's dates otherwise. */
	public void requireOpenForComments(LocalDate today) {
		ConsultationPhase phase = phase(today);
		if (phase == ConsultationPhase.OPEN) {
			return;
		}
		if (phase == ConsultationPhase.UPCOMING) {
			throw new IllegalTransitionException("consultation.error.notYetOpen", opensOn, closesOn);
		}
		if (closedEarlyOn != null) {
			throw new IllegalTransitionException("consultation.error.closedEarly", closedEarlyOn, closeReason);
		}
		throw new IllegalTransitionException("consultation.error.periodOver", opensOn, closesOn);
	}

	/** Comments are decided and moderated from publication until the adoption report is out. */
	public void requireCommentsOpenForDecision() {
		if (status != ConsultationStatus.PUBLISHED && status != ConsultationStatus.CLOSED) {
			throw transition("decide");
		}
	}

	/** An article number of this draft, or null for the whole draft; 400 for a number the draft does not have. */
	public Integer requireArticle(Integer no) {
		if (no != null && articles.stream().noneMatch(a -> a.no() == no)) {
			throw RuleViolationException.onField("article", "consultation.error.noSuchArticle", no);
		}
		return no;
	}

	/** 采纳情况说明 — after the period, once no comment is left without a decision. */
	public void reportPublished(LocalDate today, int undecided, String actor) {
		if (status != ConsultationStatus.PUBLISHED && status != ConsultationStatus.CLOSED) {
			throw transition("report");
		}
		if (phase(today) != ConsultationPhase.ENDED) {
			throw new IllegalTransitionException("consultation.error.reportBeforeEnd", closesOn);
		}
		if (undecided > 0) {
			throw new IllegalTransitionException("consultation.error.undecided", undecided);
		}
		status = ConsultationStatus.REPORTED;
		reportPublishedOn = today;
		happened.add(new Happened("reported", today, actor, null));
	}

	/** The final decision, with its text (compared with the draft) and interpretation. */
	public void conclude(FinalDecision decision, LocalDate today, String actor) {
		require("conclude", ConsultationStatus.REPORTED);
		String t = decision == null ? null : clean(decision.title());
		String text = decision == null ? null : clean(decision.text());
		if (t == null || t.length() > MAX_TITLE) {
			throw RuleViolationException.onField("finalTitle", "consultation.error.title", MAX_TITLE);
		}
		if (text == null) {
			throw RuleViolationException.onField("finalText", "consultation.error.finalText");
		}
		String url = clean(decision.url());
		if (url != null && !(url.startsWith("/") || url.startsWith("https://") || url.startsWith("http://"))) {
			throw RuleViolationException.onField("finalUrl", "consultation.error.url");
		}
		finalDecision = new FinalDecision(t, clean(decision.docNo()), text, url, clean(decision.interpretation()));
		status = ConsultationStatus.CONCLUDED;
		concludedOn = today;
		happened.add(new Happened("concluded", today, actor, t));
	}

	/** The steps the state allows today, whoever takes them. */
	public Set<String> stepsAllowed(LocalDate today) {
		Set<String> steps = new LinkedHashSet<>();
		switch (status) {
			case DRAFT -> {
				steps.add("edit");
				steps.add("submit");
			}
			case SUBMITTED -> steps.add("review");
			case APPROVED -> steps.add("publish");
			case PUBLISHED -> {
				if (phase(today) != ConsultationPhase.ENDED) {
					steps.add("close");
				}
				else {
					steps.add("report");
				}
				if (phase(today) == ConsultationPhase.OPEN) {
					steps.add("comment");
				}
				steps.add("decide");
			}
			case CLOSED -> {
				steps.add("decide");
				steps.add("report");
			}
			case REPORTED -> steps.add("conclude");
			case CONCLUDED -> {
			}
		}
		return steps;
	}

	private void require(String action, ConsultationStatus from) {
		if (status != from) {
			throw transition(action);
		}
	}

	private IllegalTransitionException transition(String action) {
		return new IllegalTransitionException("consultation.error.transition",
				new DefaultMessageSourceResolvable(new String[] { "consultation.status." + status.key() },
						status.key()),
				new DefaultMessageSourceResolvable(new String[] { "consultation.action." + action }, action));
	}

	static String clean(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public List<Happened> happened() {
		return List.copyOf(happened);
	}

	void clearHappened() {
		happened.clear();
	}

	public Long id() {
		return id;
	}

	public long organisationId() {
		return organisationId;
	}

	public ConsultationStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	public Long authorId() {
		return authorId;
	}

	public String authorName() {
		return authorName;
	}

	public LocalDate opensOn() {
		return opensOn;
	}

	public LocalDate closesOn() {
		return closesOn;
	}

	public List<DraftArticle> articles() {
		return articles;
	}

	public boolean anonymousComments() {
		return anonymousComments;
	}
}
