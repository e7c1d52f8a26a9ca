package org.yangguang.consultation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.yangguang.consultation.AdoptionReport;
import org.yangguang.consultation.CommentView;
import org.yangguang.consultation.ConsultationView;
import org.yangguang.consultation.FinalDecision;

/** A consultation in the API: states and decisions as their lowercase keys. */
record ConsultationJson(long id, String status, String phase, String title, String org, String orgName,
		String background, String contact, LocalDate opensOn, LocalDate closesOn, int periodDays, String reason,
		boolean anonymousComments, String author, String reviewer, String reviewNote, LocalDate publishedOn,
		Long documentId, LocalDate closedEarlyOn, String closeReason, LocalDate reportDueOn,
		LocalDate reportPublishedOn, FinalDecision finalDecision, LocalDate concludedOn,
		List<ConsultationView.Article> articles, int commentCount, int undecided, List<CommentJson> comments,
		List<ConsultationView.HistoryItem> history, Set<String> actions, List<ConsultationView.DiffPart> diff,
		String url) {

	static ConsultationJson of(ConsultationView v) {
		return new ConsultationJson(v.id(), v.status().key(), v.phase() == null ? null : v.phase().key(), v.title(),
				v.orgCode(), v.orgName(), v.background(), v.contact(), v.opensOn(), v.closesOn(), v.periodDays(),
				v.shortReason(), v.anonymousComments(), v.author(), v.reviewer(), v.reviewNote(), v.publishedOn(),
				v.documentId(), v.closedEarlyOn(), v.closeReason(), v.reportDueOn(), v.reportPublishedOn(),
				v.finalDecision(), v.concludedOn(), v.articles(), v.commentCount(), v.undecided(),
				v.comments().stream().map(CommentJson::of).toList(), v.history(), v.actions(), v.diff(), v.url());
	}
}

/** A comment in the API; {@code author} only for staff. */
record CommentJson(long id, Integer article, String articleLabel, String text, String source, String author,
		LocalDate receivedOn, String moderation, String moderationNote, String decision, String reason,
		LocalDate decidedOn) {

	static CommentJson of(CommentView c) {
		return new CommentJson(c.id(), c.article(), c.articleLabel(), c.text(), c.source().key(), c.authorName(),
				c.receivedOn(), c.moderation() == null ? null : c.moderation().key(), c.moderationNote(),
				c.decision() == null ? null : c.decision().key(), c.decisionReason(), c.decidedOn());
	}
}

/** The adoption report in the API (stable contract: comments, adopted, partly, rejected, items). */
record ReportJson(long consultationId, String title, String orgName, int comments, int adopted, int partly,
		int rejected, int undecided, int moderated, Double adoptionRate, boolean published, LocalDate publishedOn,
		LocalDate dueOn, Boolean onTime, List<Item> items) {

	record Item(long commentId, Integer article, String articleLabel, String summary, String decision,
			String reason) {
	}

	static ReportJson of(AdoptionReport r) {
		return new ReportJson(r.consultationId(), r.title(), r.orgName(), r.comments(), r.adopted(), r.partly(),
				r.rejected(), r.undecided(), r.moderated(), r.adoptionRate(), r.published(), r.publishedOn(),
				r.dueOn(), r.onTime(), r.items().stream().map(i -> new Item(i.commentId(), i.article(),
						i.articleLabel(), i.summary(), i.decision().key(), i.reason())).toList());
	}
}
