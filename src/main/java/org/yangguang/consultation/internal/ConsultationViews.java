package org.yangguang.consultation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.yangguang.consultation.AdoptionReport;
import org.yangguang.consultation.CommentView;
import org.yangguang.consultation.ConsultationRow;
import org.yangguang.consultation.ConsultationStatus;
import org.yangguang.consultation.ConsultationView;
import org.yangguang.consultation.DraftArticle;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.Masks;

/** Consultations, comments and adoption reports as their reader may see them. */
@Component
public class ConsultationViews {

	private final ConsultationRepository consultations;
	private final ConsultationAccess access;
	private final Organisations organisations;

	ConsultationViews(ConsultationRepository consultations, ConsultationAccess access, Organisations organisations) {
		this.consultations = consultations;
		this.access = access;
		this.organisations = organisations;
	}

	public ConsultationView view(Consultation c, CurrentUser user, LocalDate today) {
		List<Comment> all = consultations.comments(c.id());
		boolean staffReader = access.isHandler(user, c)
				|| user != null && user.staff() && user.hasAny(Role.SUPERVISOR, Role.AUDITOR);
		boolean decisionsPublic = c.status().ordinal() >= ConsultationStatus.REPORTED.ordinal();
		List<CommentView> shown = new ArrayList<>();
		for (Comment k : all) {
			if (staffReader) {
				shown.add(comment(k, true, true));
			}
			else if (user != null && !user.staff() && Objects.equals(k.accountId(), user.id())) {
				shown.add(comment(k, false, decisionsPublic));
			}
		}
		Map<Integer, Long> perArticle = all.stream().filter(k -> k.moderation() == null && k.article() != null)
			.collect(Collectors.groupingBy(Comment::article, Collectors.counting()));
		List<ConsultationView.Article> articles = c.articles().stream()
			.map(a -> new ConsultationView.Article(a.no(), ArticleNumbers.label(a.no()), a.chapter(), a.text(),
					perArticle.getOrDefault(a.no(), 0L).intValue()))
			.toList();
		int counted = (int) all.stream().filter(k -> k.moderation() == null).count();
		int undecided = (int) all.stream().filter(k -> k.moderation() == null && k.decision() == null).count();
		Organisation org = organisations.get(c.organisationId());
		return new ConsultationView(c.id(), c.status(), c.phase(today), c.title(), c.organisationId(), org.code(),
				org.name(), c.background, c.contact, c.opensOn(), c.closesOn(),
				(int) Consultation.days(c.opensOn(), c.closesOn()), c.shortReason, c.anonymousComments(),
				c.authorName(), c.reviewerName, c.reviewNote, c.publishedOn, c.documentId, c.closedEarlyOn,
				c.closeReason, c.reportDueOn, c.reportPublishedOn, c.finalDecision, c.concludedOn, articles, counted,
				undecided, shown, consultations.history(c.id()), actions(c, user, today),
				c.finalDecision == null ? List.of() : TextDiff.between(draftText(c.articles()), c.finalDecision.text()));
	}

	/** What the reader may do now: the state's steps, kept to the reader's role. */
	Set<String> actions(Consultation c, CurrentUser user, LocalDate today) {
		Set<String> actions = new LinkedHashSet<>();
		boolean handler = access.isHandler(user, c);
		boolean reviewer = access.isReviewer(user, c);
		for (String step : c.stepsAllowed(today)) {
			boolean allowed = switch (step) {
				case "edit", "submit", "close", "decide", "conclude" -> handler;
				case "review" -> reviewer && !access.isAuthor(user, c);
				case "publish", "report" -> reviewer;
				case "comment" -> user == null ? c.anonymousComments() : !user.staff();
				default -> false;
			};
			if (allowed) {
				actions.add(step);
			}
		}
		return actions;
	}

	static String draftText(List<DraftArticle> articles) {
		return articles.stream().map(a -> ArticleNumbers.label(a.no()) + "　" + a.text())
			.collect(Collectors.joining("\n")) + "\n";
	}

	public CommentView comment(Comment k, boolean withAuthor, boolean withDecision) {
		return new CommentView(k.id(), k.article(), k.article() == null ? null : ArticleNumbers.label(k.article()),
				k.text(), k.source, withAuthor ? k.authorName : null, k.receivedOn, k.moderation(), k.moderationNote,
				withDecision ? k.decision() : null, withDecision ? k.decisionReason : null,
				withDecision ? k.decidedOn : null);
	}

	public List<ConsultationRow> rows(Collection<Consultation> list, LocalDate today) {
		Map<Long, Integer> counts = consultations.commentCounts(list.stream().map(Consultation::id).toList());
		Map<Long, String> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		return list.stream()
			.map(c -> new ConsultationRow(c.id(), c.title(), names.get(c.organisationId()), c.status(), c.phase(today),
					c.opensOn(), c.closesOn(), counts.getOrDefault(c.id(), 0)))
			.toList();
	}

	/** 采纳情况说明 — counts and each decided comment, authors never shown, personal numbers masked. */
	public AdoptionReport report(Consultation c) {
		List<Comment> all = consultations.comments(c.id());
		List<AdoptionReport.Item> items = new ArrayList<>();
		int adopted = 0;
		int partly = 0;
		int rejected = 0;
		int undecided = 0;
		int moderated = 0;
		for (Comment k : all) {
			if (k.moderation() != null) {
				moderated++;
				continue;
			}
			if (k.decision() == null) {
				undecided++;
				continue;
			}
			switch (k.decision()) {
				case ADOPTED -> adopted++;
				case PARTLY -> partly++;
				case REJECTED -> rejected++;
			}
			items.add(new AdoptionReport.Item(k.id(), k.article(),
					k.article() == null ? null : ArticleNumbers.label(k.article()), Masks.numbersInText(k.text()),
					k.decision(), k.decisionReason));
		}
		boolean published = c.reportPublishedOn != null;
		Boolean onTime = published && c.reportDueOn != null ? !c.reportPublishedOn.isAfter(c.reportDueOn) : null;
		return new AdoptionReport(c.id(), c.title(), organisations.get(c.organisationId()).name(),
				adopted + partly + rejected + undecided, adopted, partly, rejected, undecided, moderated, published,
				c.reportPublishedOn, c.reportDueOn, onTime, items);
	}
}
