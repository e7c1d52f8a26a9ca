package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.shared.NotFoundException;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.storage.StoredBlob;
import org.yangguang.disclosure.AttachmentRecord;
import org.yangguang.disclosure.DocumentRow;
import org.yangguang.disclosure.DocumentStatus;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.disclosure.VersionState;
import org.yangguang.disclosure.WorkflowAction;
import org.yangguang.disclosure.AttachmentDownload;

/**
 * 附件 — adding and removing attachments of the version in preparation (only drafts change), and reading an
 * attachment: anyone for a version that was public, staff in scope for one still in preparation.
 */
@Service
@Transactional
public class DocumentAttachments {

	private final DocumentRepository documents;
	private final AttachmentRepository attachments;
	private final ReviewRepository records;
	private final DocumentPermissions permissions;
	private final Identity identity;
	private final AttachmentStore store;
	private final AttachmentPolicy policy;
	private final AuditLog audit;
	private final Clock clock;

	DocumentAttachments(DocumentRepository documents, AttachmentRepository attachments, ReviewRepository records,
			DocumentPermissions permissions, Identity identity, AttachmentStore store, DisclosureProperties properties,
			AuditLog audit, Clock clock) {
		this.documents = documents;
		this.attachments = attachments;
		this.records = records;
		this.permissions = permissions;
		this.identity = identity;
		this.store = store;
		this.policy = new AttachmentPolicy(properties.attachmentMaxSize().toBytes());
		this.audit = audit;
		this.clock = clock;
	}

	/** Checks the file (type by content, size, readability), stores it and attaches it to the draft. */
	public AttachmentRecord add(long documentId, String fileName, byte[] content) {
		DocumentRow document = documents.lock(documentId)
			.orElseThrow(() -> new NotFoundException("disclosure.error.documentNotFound", documentId));
		CurrentUser user = permissions.require(document, WorkflowAction.EDIT);
		VersionRow version = editableVersion(document);
		AttachmentPolicy.Accepted accepted = policy.check(fileName, content);
		StoredBlob blob = store.put(content);
		Instant now = clock.instant();
		long id = attachments.insert(version.id(), blob.sha256(), accepted.fileName(), accepted.mediaType(),
				blob.size(), accepted.text(), now);
		records.history(documentId, version.versionNo(), "attach", version.state(), version.state(),
				user.displayName(), now, accepted.fileName());
		audit.record("disclosure.attachment.added", DocumentWorkflow.SUBJECT, String.valueOf(documentId), null,
				"file=" + accepted.fileName() + "; sha256=" + blob.sha256() + "; size=" + blob.size(), null);
		return attachments.find(id).orElseThrow();
	}

	public void remove(long documentId, long attachmentId) {
		DocumentRow document = documents.lock(documentId)
			.orElseThrow(() -> new NotFoundException("disclosure.error.documentNotFound", documentId));
		CurrentUser user = permissions.require(document, WorkflowAction.EDIT);
		VersionRow version = editableVersion(document);
		AttachmentRecord attachment = attachments.find(attachmentId).filter(a -> a.versionId() == version.id())
			.orElseThrow(() -> new NotFoundException("disclosure.error.attachmentNotFound", attachmentId));
		attachments.delete(attachmentId);
		Instant now = clock.instant();
		records.history(documentId, version.versionNo(), "detach", version.state(), version.state(),
				user.displayName(), now, attachment.fileName());
		audit.record("disclosure.attachment.removed", DocumentWorkflow.SUBJECT, String.valueOf(documentId),
				"file=" + attachment.fileName() + "; sha256=" + attachment.sha256(), null, null);
	}

	/** The attachment and its bytes, if the reader may see it (404 otherwise: it does not exist for them). */
	@Transactional(readOnly = true)
	public AttachmentDownload download(long documentId, long attachmentId) {
		AttachmentRecord attachment = attachments.find(attachmentId)
			.orElseThrow(() -> new NotFoundException("disclosure.error.attachmentNotFound", attachmentId));
		VersionRow version = documents.findVersionById(attachment.versionId()).orElseThrow();
		DocumentRow document = documents.find(version.documentId()).orElseThrow();
		if (document.id() != documentId || !readable(document, version)) {
			throw new NotFoundException("disclosure.error.attachmentNotFound", attachmentId);
		}
		return new AttachmentDownload(attachment, store.read(attachment.sha256()));
	}


	/** Public versions (published, repealed, superseded) for everyone; any version for staff in scope. */
	boolean readable(DocumentRow document, VersionRow version) {
		boolean wasPublic = version.state() == VersionState.PUBLISHED || version.state() == VersionState.REPEALED
				|| version.state() == VersionState.SUPERSEDED;
		return wasPublic && document.status() != DocumentStatus.WITHDRAWN || identity.covers(document.organisationId());
	}

	private VersionRow editableVersion(DocumentRow document) {
		VersionRow version = documents.findVersion(document.id(), document.actionableVersion()).orElseThrow();
		DocumentTransitions.require(version.state(), WorkflowAction.EDIT);
		return version;
	}
}
