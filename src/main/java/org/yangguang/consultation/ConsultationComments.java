package org.yangguang.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.consultation.internal.CatalogPublication;
import org.yangguang.consultation.internal.Comment;
import org.yangguang.consultation.internal.Consultation;
import org.yangguang.consultation.internal.ConsultationAccess;
import org.yangguang.consultation.internal.ConsultationRepository;
import org.yangguang.consultation.internal.ConsultationViews;
import org.yangguang.consultation.internal.ConsultationWorkflow;
import org.yangguang.identity.CurrentUser;
import org.yangguang.shared.NotFoundException;

/**
 * 意见 — citizens comment while the period is open (409 outside it, with the dates); staff register offline comments
 * with their source, moderate with a reason the author is told, decide on every comment, and publish the adoption
 * report (采纳情况说明) once none is left without a decision and the period is over.
 */
@Service
public class ConsultationComments {

	/** What a citizen sees of their comment, with the consultation it belongs to. */
	public record MyComment(long consultationId, String consultationTitle, ConsultationStatus status,
			CommentView comment) {
	}

	private final ConsultationWorkflow workflow;
	private final ConsultationRepository consultations;
	private final ConsultationAccess access;
	private final ConsultationViews views;
	private final CatalogPublication catalog;

	ConsultationComments(ConsultationWorkflow workflow, ConsultationRepository consultations,
			ConsultationAccess access, ConsultationViews views, CatalogPublication catalog) {
		this.workflow = workflow;
		this.consultations = consultations;
		this.access = access;
		this.views = views;
		this.catalog = catalog;
	}

	/**
	 * A citizen's comment on article {@code article} (null: on the whole draft), saved before it is acknowledged.
	 * Without an account only where the draft takes anonymous comments; staff register comments with
	 * {@link #registerOffline}.
	 */
	@Transactional
	public CommentView comment(long id, Integer article, String text) {
		CurrentUser user = access.userOrNull();
		Consultation c = workflow.load(id, true);
		access.requireRead(c);
		if (user == null ? !c.anonymousComments() : user.staff()) {
			throw new AccessDeniedException("citizens comment online; staff register offline comments");
		}
		c.requireOpenForComments(workflow.today());
		Comment k = Comment.online(c.id(), c.requireArticle(article), text, user == null ? null : user.id(),
				user == null ? null : user.displayName(), workflow.today());
		workflow.commentStep(c, k, "commented", null, null);
		return views.comment(k, false, false);
	}

	/** 线下意见 — a letter, symposium (座谈会), e-mail, call or visit, registered with its source and date. */
	@Transactional
	public CommentView registerOffline(long id, Integer article, String text, CommentSource source, String authorName,
			LocalDate receivedOn) {
		Consultation c = workflow.load(id, true);
		CurrentUser user = access.requireHandler(c);
		c.requireCommentsOpenForDecision();
		Comment k = Comment.offline(c.id(), c.requireArticle(article), text, source, authorName,
				receivedOn == null ? workflow.today() : receivedOn, user.displayName(), c.opensOn(), workflow.today());
		workflow.commentStep(c, k, "registered", null, null);
		return views.comment(k, true, true);
	}

	/** 屏蔽 — with the reason; the author is told. */
	@Transactional
	public CommentView moderate(long id, long commentId, ModerationReason reason, String note) {
		Consultation c = workflow.load(id, true);
		CurrentUser user = access.requireHandler(c);
		c.requireCommentsOpenForDecision();
		Comment k = comment(c, commentId);
		String before = describe(k);
		k.moderate(reason, note, user.displayName());
		workflow.commentStep(c, k, "moderated", before, note);
		return views.comment(k, true, true);
	}

	/** 采纳情况 — adopted, partly adopted or not, with the reason (required unless adopted). */
	@Transactional
	public CommentView decide(long id, long commentId, CommentDecision decision, String reason) {
		Consultation c = workflow.load(id, true);
		CurrentUser user = access.requireHandler(c);
		c.requireCommentsOpenForDecision();
		Comment k = comment(c, commentId);
		String before = describe(k);
		k.decide(decision, reason, user.displayName(), workflow.today());
		workflow.commentStep(c, k, "decided", before, reason);
		return views.comment(k, true, true);
	}

	private Comment comment(Consultation c, long commentId) {
		return consultations.comment(c.id(), commentId)
			.orElseThrow(() -> new NotFoundException("consultation.error.commentNotFound", commentId));
	}

	private static String describe(Comment k) {
		return "moderation=" + (k.moderation() == null ? "" : k.moderation().key()) + "; decision="
				+ (k.decision() == null ? "" : k.decision().key());
	}

	/**
	 * The adoption report: public once published (404 before, except to the responsible organisation's staff, who
	 * follow it as it fills).
	 */
	@Transactional(readOnly = true)
	public AdoptionReport report(long id) {
		Consultation c = workflow.load(id, false);
		CurrentUser user = access.requireRead(c);
		if (c.status().ordinal() < ConsultationStatus.REPORTED.ordinal() && !access.isHandler(user, c)
				&& !(user != null && user.staff())) {
			throw new NotFoundException("consultation.error.reportNotFound", id);
		}
		return views.report(c);
	}

	/** 公布采纳情况 — after the period, every comment decided (409 otherwise); also in the catalog. */
	@Transactional
	public AdoptionReport publishReport(long id) {
		CurrentUser user = access.user();
		Consultation c = workflow.change(id, "reported", (k, today) -> {
			CurrentUser publisher = access.requirePublisher(k);
			AdoptionReport draft = views.report(k);
			k.reportPublished(today, draft.undecided(), publisher.displayName());
			workflow.closeReportLimit(k, "采纳情况说明已公布");
			catalog.publishReport(k, views.view(k, user, today), views.report(k));
		}, null);
		return views.report(c);
	}

	/** The signed-in citizen's comments, newest first, with the decision once the report is published. */
	@Transactional(readOnly = true)
	public List<MyComment> mine() {
		CurrentUser user = access.user();
		List<Comment> own = consultations.commentsBy(user.id());
		Map<Long, Consultation> byId = own.stream().map(Comment::consultationId).distinct()
			.map(cid -> workflow.load(cid, false)).collect(Collectors.toMap(Consultation::id, Function.identity()));
		return own.stream().map(k -> {
			Consultation c = byId.get(k.consultationId());
			boolean decisions = c.status().ordinal() >= ConsultationStatus.REPORTED.ordinal();
			return new MyComment(c.id(), c.title(), c.status(), views.comment(k, false, decisions));
		}).toList();
	}
}
