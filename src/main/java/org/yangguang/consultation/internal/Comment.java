package org.yangguang.consultation.internal;

import java.time.LocalDate;

import org.yangguang.consultation.CommentDecision;
import org.yangguang.consultation.CommentSource;
import org.yangguang.consultation.ModerationReason;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 意见 — one comment on an article or on the whole draft, with its moderation (屏蔽, with the reason the author is
 * told) and the decision on it (采纳 / 部分采纳 / 不予采纳; the reason is required unless adopted). A moderated
 * comment is neither decided nor counted.
 */
public final class Comment {

	public static final int MAX_TEXT = 4000;
	public static final int MAX_REASON = 4000;

	Long id;
	final long consultationId;
	final Integer article;
	final String text;
	final CommentSource source;
	final Long accountId;
	final String authorName;
	final String registeredBy;
	final LocalDate receivedOn;
	ModerationReason moderation;
	String moderationNote;
	String moderatedBy;
	CommentDecision decision;
	String decisionReason;
	String decidedBy;
	LocalDate decidedOn;

	Comment(Long id, long consultationId, Integer article, String text, CommentSource source, Long accountId,
			String authorName, String registeredBy, LocalDate receivedOn) {
		this.id = id;
		this.consultationId = consultationId;
		this.article = article;
		this.text = text;
		this.source = source;
		this.accountId = accountId;
		this.authorName = authorName;
		this.registeredBy = registeredBy;
		this.receivedOn = receivedOn;
	}

	/** A comment left online by a citizen (their account) or anonymously (no account, when the draft allows it). */
	public static Comment online(long consultationId, Integer article, String text, Long accountId, String name,
			LocalDate today) {
		return new Comment(null, consultationId, article, checkedText(text), CommentSource.ONLINE, accountId, name,
				null, today);
	}

	/** A letter, symposium (座谈会), e-mail, call or visit, registered by staff with its source and date. */
	public static Comment offline(long consultationId, Integer article, String text, CommentSource source,
			String authorName, LocalDate receivedOn, String registeredBy, LocalDate opensOn, LocalDate today) {
		if (source == null || source == CommentSource.ONLINE) {
			throw RuleViolationException.onField("source", "consultation.error.source");
		}
		if (receivedOn == null || receivedOn.isAfter(today) || receivedOn.isBefore(opensOn)) {
			throw RuleViolationException.onField("receivedOn", "consultation.error.receivedOn", opensOn, today);
		}
		String name = Consultation.clean(authorName);
		if (name != null && name.length() > 200) {
			throw RuleViolationException.onField("authorName", "consultation.error.tooLong", 200);
		}
		return new Comment(null, consultationId, article, checkedText(text), source, null, name, registeredBy,
				receivedOn);
	}

	private static String checkedText(String text) {
		String t = Consultation.clean(text);
		if (t == null) {
			throw RuleViolationException.onField("text", "consultation.error.commentText");
		}
		if (t.length() > MAX_TEXT) {
			throw RuleViolationException.onField("text", "consultation.error.tooLong", MAX_TEXT);
		}
		return t;
	}

	/** 屏蔽 — hidden and not counted; the reason is recorded and the author told. */
	public void moderate(ModerationReason reason, String note, String by) {
		if (reason == null) {
			throw RuleViolationException.onField("reason", "consultation.error.moderationReason");
		}
		if (moderation != null) {
			throw new IllegalTransitionException("consultation.error.alreadyModerated");
		}
		moderation = reason;
		moderationNote = Consultation.clean(note);
		moderatedBy = by;
		decision = null;
		decisionReason = null;
		decidedBy = null;
		decidedOn = null;
	}

	/** 采纳情况 — may be changed until the adoption report is published. */
	public void decide(CommentDecision d, String reason, String by, LocalDate today) {
		if (moderation != null) {
			throw new IllegalTransitionException("consultation.error.moderatedNotDecided");
		}
		if (d == null) {
			throw RuleViolationException.onField("decision", "consultation.error.decision");
		}
		String why = Consultation.clean(reason);
		if (d.needsReason() && why == null) {
			throw RuleViolationException.onField("reason", "consultation.error.decisionReason");
		}
		if (why != null && why.length() > MAX_REASON) {
			throw RuleViolationException.onField("reason", "consultation.error.tooLong", MAX_REASON);
		}
		decision = d;
		decisionReason = why;
		decidedBy = by;
		decidedOn = today;
	}

	public Long id() {
		return id;
	}

	public long consultationId() {
		return consultationId;
	}

	public Integer article() {
		return article;
	}

	public String text() {
		return text;
	}

	public Long accountId() {
		return accountId;
	}

	public ModerationReason moderation() {
		return moderation;
	}

	public CommentDecision decision() {
		return decision;
	}
}
