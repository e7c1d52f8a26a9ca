package org.yangguang.disclosure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.yangguang.disclosure.internal.DocumentAttachments;
import org.yangguang.disclosure.internal.DocumentWorkflow;
import org.yangguang.disclosure.internal.PublicationChanges;
import org.yangguang.disclosure.internal.StaffDesks;
import org.yangguang.identity.Identity;
import org.yangguang.shared.RuleViolationException;

/**
 * 信息发布 — the staff's door to documents: their desk (drafts, review queue, what waits for publication), a
 * document with the actions allowed now, and every step of the workflow — draft, submit, review, publish, amend,
 * withdraw, repeal, attach. Each step checks role and data scope (403), the transition (409) and the rules (400).
 */
@Service
public class StaffDocuments {

	private final StaffDesks desks;
	private final DocumentWorkflow workflow;
	private final PublicationChanges changes;
	private final DocumentAttachments attachments;
	private final Identity identity;

	StaffDocuments(StaffDesks desks, DocumentWorkflow workflow, PublicationChanges changes,
			DocumentAttachments attachments, Identity identity) {
		this.desks = desks;
		this.workflow = workflow;
		this.changes = changes;
		this.attachments = attachments;
		this.identity = identity;
	}

	/** The current user's desk on a tab ({@code mine} for an unknown tab). */
	public StaffDesk desk(String tab) {
		return desks.desk(identity.requireUser(), tab);
	}

	/** A version (the one staff act on when null) for staff whose scope covers the document, else 404. */
	public StaffDocumentView document(long documentId, Integer versionNo) {
		return desks.document(documentId, versionNo);
	}

	/** The version staff act on, for the edit form (404 outside the user's scope). */
	public DocumentPage draft(long documentId) {
		return desks.page(documentId);
	}

	/** The current user's own organisation, where their new drafts go. */
	public long homeOrganisation() {
		return identity.requireUser().organisationId();
	}

	public DraftingChoices choices(long organisationId) {
		return desks.choices(organisationId);
	}

	/** Every problem of the content entered for the organisation at once, each with its field (for forms). */
	public List<ContentProblem> check(long organisationId, DocumentContent content) {
		return workflow.check(organisationId, content).problems();
	}

	/** A new draft in the author's own organisation; returns the document id. */
	public long create(DocumentContent content) {
		return workflow.create(content);
	}

	public void update(long documentId, DocumentContent content) {
		workflow.update(documentId, content);
	}

	public void submit(long documentId) {
		workflow.submit(documentId);
	}

	/** 保密审查 / 预先审核, never by the version's author. */
	public void review(long documentId, ReviewDecision decision) {
		workflow.review(documentId, decision);
	}

	public void publish(long documentId) {
		workflow.publish(documentId);
	}

	public void withdraw(long documentId, String reason) {
		changes.withdraw(documentId, reason);
	}

	/** 有效期 — the date until which the published document is valid (null: until repealed). */
	public void setValidUntil(long documentId, LocalDate validUntil) {
		changes.setValidUntil(documentId, validUntil);
	}

	public void repeal(long documentId, LocalDate repealedOn, String reason) {
		changes.repeal(documentId, repealedOn, reason);
	}

	/** Starts a new version of a published document; returns its number. */
	public int amend(long documentId, String changeNote) {
		return changes.amend(documentId, changeNote);
	}

	/** Attaches a file to the version being prepared; an empty upload is refused on the field {@code file}. */
	public AttachmentRecord attach(long documentId, String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw RuleViolationException.onField("file", "disclosure.attachment.error.empty");
		}
		return attachments.add(documentId, fileName, content);
	}

	public void detach(long documentId, long attachmentId) {
		attachments.remove(documentId, attachmentId);
	}
}
