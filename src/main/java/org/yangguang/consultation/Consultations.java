package org.yangguang.consultation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.consultation.internal.CatalogPublication;
import org.yangguang.consultation.internal.Consultation;
import org.yangguang.consultation.internal.ConsultationAccess;
import org.yangguang.consultation.internal.ConsultationRepository;
import org.yangguang.consultation.internal.ConsultationViews;
import org.yangguang.consultation.internal.ConsultationWorkflow;
import org.yangguang.consultation.internal.DraftText;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.RuleViolationException;

/**
 * 重大决策预公开 — the responsible organisation drafts a consultation (typed, or imported from Word or Markdown), a
 * leader or the disclosure office who did not write it reviews it, it is published (also into the disclosure
 * catalog's column 重大决策预公开), may be closed early with a reason, and ends with the final decision linked.
 */
@Service
public class Consultations {

	private final ConsultationWorkflow workflow;
	private final ConsultationRepository consultations;
	private final ConsultationAccess access;
	private final ConsultationViews views;
	private final CatalogPublication catalog;
	private final Organisations organisations;

	Consultations(ConsultationWorkflow workflow, ConsultationRepository consultations, ConsultationAccess access,
			ConsultationViews views, CatalogPublication catalog, Organisations organisations) {
		this.workflow = workflow;
		this.consultations = consultations;
		this.access = access;
		this.views = views;
		this.catalog = catalog;
		this.organisations = organisations;
	}

	/** A new draft of the given organisation (the author's own when no code is given). */
	@Transactional
	public ConsultationView create(NewConsultation draft) {
		CurrentUser user = access.user();
		long organisationId = organisationOf(draft.orgCode(), user);
		access.requireDrafter(organisationId);
		Consultation c = Consultation.draft(organisationId, draft.title(), draft.background(), draft.contact(),
				draft.articles(), draft.opensOn(), draft.closesOn(), draft.reason(), anonymous(draft), user.id(),
				user.displayName(), workflow.today(), workflow.settings().minDays());
		workflow.create(c);
		return views.view(c, user, workflow.today());
	}

	/** The draft changed before it is submitted (or after it was returned). */
	@Transactional
	public ConsultationView revise(long id, NewConsultation draft) {
		CurrentUser user = access.user();
		Consultation c = workflow.change(id, "revised", (k, today) -> {
			access.requireHandler(k);
			k.revise(draft.title(), draft.background(), draft.contact(), draft.articles(), draft.opensOn(),
					draft.closesOn(), draft.reason(), anonymous(draft), today, workflow.settings().minDays());
			consultations.saveArticles(k);
		}, null);
		return views.view(c, user, workflow.today());
	}

	private boolean anonymous(NewConsultation draft) {
		return draft.anonymousComments() && workflow.settings().anonymousComments();
	}

	private long organisationOf(String code, CurrentUser user) {
		if (code == null || code.isBlank()) {
			if (user.organisationId() == null) {
				throw RuleViolationException.onField("org", "consultation.error.org", "");
			}
			return user.organisationId();
		}
		return organisations.findByCode(code.strip()).filter(o -> !o.retired()).map(Organisation::id)
			.orElseThrow(() -> RuleViolationException.onField("org", "consultation.error.org", code));
	}

	@Transactional
	public ConsultationView submit(long id) {
		return step(id, "submitted", (c, today) -> c.submit(today, access.requireHandler(c).displayName()), null);
	}

	/** 审核 — {@code approve}, or return with the note; the reviewer is a leader or the office, never the author. */
	@Transactional
	public ConsultationView review(long id, boolean approve, String note) {
		return step(id, approve ? "approved" : "returned",
				(c, today) -> c.review(approve, note, today, access.requireReviewer(c).displayName()), note);
	}

	/** 发布 — public from now, its period starting on the opening date; also published in the catalog. */
	@Transactional
	public ConsultationView publish(long id) {
		CurrentUser user = access.user();
		Consultation c = workflow.change(id, "published", (k, today) -> {
			k.publish(today, access.requirePublisher(k).displayName());
			workflow.startReportLimit(k, null);
			catalog.publishDraft(k, views.view(k, user, today));
		}, null);
		return views.view(c, user, workflow.today());
	}

	/** 提前结束 — the reason is recorded and shown; the adoption report falls due from today. */
	@Transactional
	public ConsultationView close(long id, String reason) {
		return step(id, "closed", (c, today) -> {
			c.close(today, reason, access.requireHandler(c).displayName());
			workflow.startReportLimit(c, reason);
		}, reason);
	}

	/** The final decision and its interpretation, after the adoption report. */
	@Transactional
	public ConsultationView conclude(long id, FinalDecision decision) {
		return step(id, "concluded", (c, today) -> c.conclude(decision, today, access.requireHandler(c).displayName()),
				null);
	}

	private ConsultationView step(long id, String action, BiConsumer<Consultation, LocalDate> step, String reason) {
		CurrentUser user = access.user();
		Consultation c = workflow.change(id, action, step, reason);
		return views.view(c, user, workflow.today());
	}

	/** The consultation as the reader may see it (the public: published ones only; 404 otherwise). */
	@Transactional(readOnly = true)
	public ConsultationView view(long id) {
		Consultation c = workflow.load(id, false);
		return views.view(c, access.requireRead(c), workflow.today());
	}

	/** Published consultations, newest first: all, or those in one phase. */
	@Transactional(readOnly = true)
	public List<ConsultationRow> published(ConsultationPhase phase) {
		return views.rows(consultations.list(null, EnumSet.range(ConsultationStatus.PUBLISHED,
				ConsultationStatus.CONCLUDED), 500), workflow.today())
			.stream().filter(r -> phase == null || r.phase() == phase).toList();
	}

	/** The staff's list: every consultation of the organisations in their scope (all for supervisors). */
	@Transactional(readOnly = true)
	public List<ConsultationRow> desk() {
		CurrentUser user = access.user();
		if (!user.staff()) {
			throw new AccessDeniedException("staff only");
		}
		Collection<Long> scope = user.hasAny(Role.SUPERVISOR, Role.AUDITOR) ? null
				: organisations.active().stream().map(Organisation::id).filter(access::covers).toList();
		return views.rows(consultations.list(scope, null, 500), workflow.today());
	}

	/** A draft's articles read from an uploaded Word (.docx) or Markdown/text file, for the drafting form. */
	public List<DraftArticle> importArticles(byte[] file) {
		return DraftText.fromFile(file);
	}

	/** A pasted text split into articles, for the drafting form. */
	public List<DraftArticle> splitArticles(String text) {
		return DraftText.split(text);
	}
}
