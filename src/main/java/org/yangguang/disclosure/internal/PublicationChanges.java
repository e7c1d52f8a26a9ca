package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.disclosure.DocumentRepealed;
import org.yangguang.disclosure.DocumentWithdrawn;
import org.yangguang.identity.CurrentUser;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.DocumentRow;
import org.yangguang.disclosure.VersionContent;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.disclosure.VersionState;
import org.yangguang.disclosure.WorkflowAction;

/**
 * What happens to a published document: amendment (修订 — a new version through the same review, the published
 * one staying public meanwhile), withdrawal (撤回 — it leaves the portal and search, reason required) and repeal
 * (废止 — it stays public, marked repealed). Same checks and records as {@link DocumentWorkflow}; withdrawal and
 * repeal publish {@link DocumentWithdrawn} and {@link DocumentRepealed} in the same transaction (search learns of
 * them from these events).
 */
@Service
@Transactional
public class PublicationChanges {

	private final DocumentWorkflow workflow;
	private final DocumentRepository documents;
	private final ReviewRepository records;
	private final AttachmentRepository attachments;
	private final DocumentPermissions permissions;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	PublicationChanges(DocumentWorkflow workflow, DocumentRepository documents, ReviewRepository records,
			AttachmentRepository attachments, DocumentPermissions permissions,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.workflow = workflow;
		this.documents = documents;
		this.records = records;
		this.attachments = attachments;
		this.permissions = permissions;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** 撤回: the document leaves the portal and search; its versions stay in the archive with the reason. */
	public void withdraw(long documentId, String reason) {
		DocumentRow document = workflow.lock(documentId);
		CurrentUser user = permissions.require(document, WorkflowAction.WITHDRAW);
		VersionRow version = publicVersion(document);
		VersionState next = DocumentTransitions.require(version.state(), WorkflowAction.WITHDRAW);
		String why = requireReason(reason);
		Instant now = clock.instant();
		discardWorkingVersion(document, user, now);
		documents.ended(version.id(), next, now);
		documents.withdrawn(documentId, why, now);
		records.history(documentId, version.versionNo(), "withdraw", version.state(), next, user.displayName(), now,
				why);
		events.publishEvent(new DocumentWithdrawn(documentId, document.organisationId(), why));
		audit.record("disclosure.document.withdrawn", DocumentWorkflow.SUBJECT, String.valueOf(documentId), version.state().key(),
				next.key(), why);
	}

	/**
	 * 有效期 — the date until which a published document is valid (null: until repealed); past it, the document is no
	 * longer counted 现行有效. Set by a leader or the office, not before the document was written.
	 */
	public void setValidUntil(long documentId, LocalDate validUntil) {
		DocumentRow document = workflow.lock(documentId);
		CurrentUser user = permissions.require(document, WorkflowAction.REPEAL);
		VersionRow version = publicVersion(document);
		if (validUntil != null && validUntil.isBefore(version.writtenOn())) {
			throw RuleViolationException.onField("validUntil", "disclosure.error.validUntilBeforeWritten",
					version.writtenOn().toString());
		}
		documents.validUntil(documentId, validUntil, clock.instant());
		audit.record("disclosure.document.valid-until", DocumentWorkflow.SUBJECT, String.valueOf(documentId), null,
				String.valueOf(validUntil), user.displayName());
	}

	/** 废止: the document stays public, marked repealed from {@code repealedOn} (today when null). */
	public void repeal(long documentId, LocalDate repealedOn, String reason) {
		DocumentRow document = workflow.lock(documentId);
		CurrentUser user = permissions.require(document, WorkflowAction.REPEAL);
		VersionRow version = publicVersion(document);
		VersionState next = DocumentTransitions.require(version.state(), WorkflowAction.REPEAL);
		String why = requireReason(reason);
		LocalDate today = LocalDate.now(clock);
		LocalDate on = repealedOn == null ? today : repealedOn;
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("repealedOn", "disclosure.error.dateInFuture", on.toString());
		}
		if (version.publishedOn() != null && on.isBefore(version.writtenOn())) {
			throw RuleViolationException.onField("repealedOn", "disclosure.error.repealBeforeWritten",
					version.writtenOn().toString());
		}
		Instant now = clock.instant();
		discardWorkingVersion(document, user, now);
		documents.ended(version.id(), next, now);
		documents.repealed(documentId, on, why, now);
		records.history(documentId, version.versionNo(), "repeal", version.state(), next, user.displayName(), now,
				why);
		events.publishEvent(new DocumentRepealed(documentId, document.organisationId(), on));
		audit.record("disclosure.document.repealed", DocumentWorkflow.SUBJECT, String.valueOf(documentId), version.state().key(),
				next.key() + " on " + on, why);
	}

	/**
	 * 修订: a new draft version with the published content (and attachments), formed today; the published version
	 * stays public until the new one is published. Returns the new version number.
	 */
	public int amend(long documentId, String changeNote) {
		DocumentRow document = workflow.lock(documentId);
		CurrentUser user = permissions.require(document, WorkflowAction.AMEND);
		VersionRow version = publicVersion(document);
		DocumentTransitions.require(version.state(), WorkflowAction.AMEND);
		if (document.workingVersion() != null) {
			throw new IllegalTransitionException("disclosure.error.amendmentInProgress", document.workingVersion());
		}
		if (changeNote != null && changeNote.strip().length() > ContentRules.MAX_CHANGE_NOTE) {
			throw RuleViolationException.onField("changeNote", "disclosure.error.tooLong", ContentRules.MAX_CHANGE_NOTE);
		}
		VersionContent c = version.content();
		VersionContent draft = new VersionContent(c.columnId(), c.title(), c.docNo(), c.writtenOn(),
				LocalDate.now(clock), c.topic(), c.genre(), c.keywords(), c.summary(), c.source(), c.classification(),
				c.withholdingGround(), c.bodyHtml(), c.bodyText(), c.interpretsId(),
				changeNote == null || changeNote.isBlank() ? null : changeNote.strip());
		Instant now = clock.instant();
		int next = version.versionNo() + 1;
		long newVersionId = documents.insertVersion(documentId, next, draft, user.id(), user.displayName(), now);
		attachments.copy(version.id(), newVersionId);
		documents.working(documentId, next, now);
		records.history(documentId, next, "amend", null, VersionState.DRAFT, user.displayName(), now,
				draft.changeNote());
		audit.record("disclosure.document.amendment-started", DocumentWorkflow.SUBJECT, String.valueOf(documentId),
				"version=" + version.versionNo(), "version=" + next, draft.changeNote());
		return next;
	}

	private void discardWorkingVersion(DocumentRow document, CurrentUser user, Instant now) {
		if (document.workingVersion() == null || document.currentVersion() == null) {
			return;
		}
		VersionRow working = workflow.version(document, document.workingVersion());
		documents.ended(working.id(), VersionState.WITHDRAWN, now);
		records.history(document.id(), working.versionNo(), "discard", working.state(), VersionState.WITHDRAWN,
				user.displayName(), now, null);
	}

	/** The version the public sees; before the first publication, the one in preparation (so 409 follows). */
	VersionRow publicVersion(DocumentRow document) {
		return workflow.version(document, document.currentVersion() != null ? document.currentVersion()
				: document.workingVersion());
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "disclosure.error.reasonRequired");
		}
		String why = reason.strip();
		if (why.length() > 1000) {
			throw RuleViolationException.onField("reason", "disclosure.error.tooLong", 1000);
		}
		return why;
	}

}
