package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.disclosure.Classification;
import org.yangguang.disclosure.DocumentContent;
import org.yangguang.disclosure.DocumentRow;
import org.yangguang.disclosure.ReviewDecision;
import org.yangguang.disclosure.VersionContent;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.disclosure.VersionState;
import org.yangguang.disclosure.WorkflowAction;

/**
 * 发布流程 — drafting, review and publication of documents (amendment, withdrawal and repeal are in
 * {@link PublicationChanges}). Each method locks the document, checks role and scope (403), the transition
 * ({@link DocumentTransitions}, 409) and the content rules (400), records the step in the document's history and,
 * as its last step, in the audit log. Publication tells search in the same transaction.
 */
@Service
@Transactional
public class DocumentWorkflow {

	static final String SEARCH_SOURCE = "document";
	static final String SUBJECT = "disclosure-document";

	private final DocumentRepository documents;
	private final ReviewRepository records;
	private final Catalog catalog;
	private final Identity identity;
	private final DocumentPermissions permissions;
	private final PublicationRecorder publication;
	private final AuditLog audit;
	private final Clock clock;

	DocumentWorkflow(DocumentRepository documents, ReviewRepository records, Catalog catalog, Identity identity,
			DocumentPermissions permissions, PublicationRecorder publication, AuditLog audit, Clock clock) {
		this.documents = documents;
		this.records = records;
		this.catalog = catalog;
		this.identity = identity;
		this.permissions = permissions;
		this.publication = publication;
		this.audit = audit;
		this.clock = clock;
	}

	/** The rules for content entered in the organisation's catalog, all problems at once (for forms). */
	@Transactional(readOnly = true)
	public ContentRules.Result check(long organisationId, DocumentContent content) {
		return ContentRules.check(content, LocalDate.now(clock), name -> catalog.activeByName(organisationId, name),
				documents::isPublic);
	}

	/** A new draft in the author's own organisation; returns the document id. */
	public long create(DocumentContent content) {
		CurrentUser user = identity.requireUser();
		if (!user.staff() || user.organisationId() == null) {
			throw new AccessDeniedException("staff only");
		}
		identity.requireInScope(user.organisationId(), WorkflowAction.EDIT.rolesArray());
		VersionContent checked = checked(user.organisationId(), content);
		Instant now = clock.instant();
		long id = documents.insertDocument(user.organisationId(), null, now);
		documents.insertVersion(id, 1, checked, user.id(), user.displayName(), now);
		records.history(id, 1, "create", null, VersionState.DRAFT, user.displayName(), now, null);
		audit.record("disclosure.document.created", SUBJECT, String.valueOf(id), null, describe(checked), null);
		return id;
	}

	/** Changes the draft (or returned draft) being prepared. */
	public void update(long documentId, DocumentContent content) {
		DocumentRow document = lock(documentId);
		CurrentUser user = permissions.require(document, WorkflowAction.EDIT);
		VersionRow version = version(document, document.actionableVersion());
		DocumentTransitions.require(version.state(), WorkflowAction.EDIT);
		VersionContent checked = checked(document.organisationId(), content);
		Instant now = clock.instant();
		documents.updateContent(version.id(), checked, now);
		records.history(documentId, version.versionNo(), "edit", version.state(), version.state(),
				user.displayName(), now, null);
		audit.record("disclosure.document.edited", SUBJECT, String.valueOf(documentId), describe(version.content()),
				describe(checked), null);
	}

	public void submit(long documentId) {
		DocumentRow document = lock(documentId);
		CurrentUser user = permissions.require(document, WorkflowAction.SUBMIT);
		VersionRow version = version(document, document.actionableVersion());
		VersionState next = DocumentTransitions.require(version.state(), WorkflowAction.SUBMIT);
		Instant now = clock.instant();
		documents.submitted(version.id(), now);
		records.history(documentId, version.versionNo(), "submit", version.state(), next, user.displayName(), now,
				null);
		audit.record("disclosure.document.submitted", SUBJECT, String.valueOf(documentId), version.state().key(),
				next.key(), null);
	}

	/**
	 * 保密审查 / 预先审核: approve (both checks confirmed) or return with reasons; never by the version's author.
	 */
	public void review(long documentId, ReviewDecision decision) {
		DocumentRow document = lock(documentId);
		WorkflowAction action = decision.approve() ? WorkflowAction.APPROVE : WorkflowAction.RETURN;
		CurrentUser user = permissions.require(document, action);
		VersionRow version = version(document, document.actionableVersion());
		VersionState next = DocumentTransitions.require(version.state(), action);
		ReviewerIsNotTheAuthor.require(user, version.authorId());
		decision.validate();
		recordReview(document, version, next, decision, user);
	}

	void recordReview(DocumentRow document, VersionRow version, VersionState next, ReviewDecision decision,
			CurrentUser user) {
		Instant now = clock.instant();
		records.insertReview(version.id(), decision.approve() ? "approve" : "return", decision.cleanComment(),
				decision.confidentialityChecked(), decision.accuracyChecked(), user.id(), user.displayName(), now);
		documents.reviewed(version.id(), next, user.id(), user.displayName(), now);
		records.history(document.id(), version.versionNo(), decision.approve() ? "approve" : "return",
				version.state(), next, user.displayName(), now, decision.cleanComment());
		audit.record(decision.approve() ? "disclosure.document.approved" : "disclosure.document.returned", SUBJECT,
				String.valueOf(document.id()), version.state().key(), next.key(), decision.cleanComment());
	}

	/** Publishes the reviewed version: index number, timeliness, canonical content and its hash. */
	public void publish(long documentId) {
		DocumentRow document = lock(documentId);
		CurrentUser user = permissions.require(document, WorkflowAction.PUBLISH);
		VersionRow version = version(document, document.actionableVersion());
		DocumentTransitions.require(version.state(), WorkflowAction.PUBLISH);
		doPublish(document, version, user);
	}

	void doPublish(DocumentRow document, VersionRow version, CurrentUser user) {
		if (version.classification() != Classification.PROACTIVE) {
			throw RuleViolationException.onField("classification", "disclosure.error.onlyProactivePublished");
		}
		publication.publish(document, version, user.displayName(), clock.instant(), LocalDate.now(clock));
	}

	private VersionContent checked(long organisationId, DocumentContent content) {
		ContentRules.Result result = check(organisationId, content);
		if (!result.ok()) {
			throw result.problems().get(0).toException();
		}
		return result.content();
	}

	DocumentRow lock(long documentId) {
		return documents.lock(documentId)
			.orElseThrow(() -> new NotFoundException("disclosure.error.documentNotFound", documentId));
	}

	VersionRow version(DocumentRow document, int versionNo) {
		return documents.findVersion(document.id(), versionNo)
			.orElseThrow(() -> new NotFoundException("disclosure.error.versionNotFound", document.id(), versionNo));
	}

	static String describe(VersionContent c) {
		return "title=" + c.title() + "; column=" + c.columnId() + "; docNo=" + c.docNo() + "; writtenOn="
				+ c.writtenOn() + "; formedOn=" + c.formedOn() + "; topic=" + c.topic().key() + "; genre="
				+ c.genre().key() + "; classification=" + c.classification().key()
				+ (c.withholdingGround() == null ? "" : "; ground=" + c.withholdingGround().key())
				+ (c.interpretsId() == null ? "" : "; interprets=" + c.interpretsId()) + "; bodySha256="
				+ AttachmentStore.sha256(c.bodyHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
