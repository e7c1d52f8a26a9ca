package org.yangguang.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.disclosure.DocumentRepealed;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.storage.StoredBlob;
import org.yangguang.disclosure.DocumentRow;
import org.yangguang.disclosure.VersionContent;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.disclosure.VersionState;

/**
 * Writes demo documents as if they had gone through the workflow on past dates: drafted by an author, submitted,
 * approved by a reviewer (both reviews confirmed) and published, with the same history, review record, index
 * number, hash and events as real ones. Used only by the demo data, which has no signed-in user.
 */
@Component
class DemoPublisher {

	/** Who did it: an account id when the demo account exists, and the name shown in the history. */
	record Person(Long id, String name) {
	}

	private final DocumentRepository documents;
	private final ReviewRepository records;
	private final AttachmentRepository attachments;
	private final PublicationRecorder publication;
	private final AttachmentStore store;
	private final ApplicationEventPublisher events;
	private final ZoneId zone;

	DemoPublisher(DocumentRepository documents, ReviewRepository records, AttachmentRepository attachments,
			PublicationRecorder publication, AttachmentStore store, ApplicationEventPublisher events, java.time.Clock clock) {
		this.documents = documents;
		this.records = records;
		this.attachments = attachments;
		this.publication = publication;
		this.store = store;
		this.events = events;
		this.zone = clock.getZone();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	long publishNew(long organisationId, VersionContent content, Person author, Person reviewer, LocalDate on,
			DemoFile file) {
		long id = documents.insertDocument(organisationId, null, at(content.formedOn(), 9));
		publishVersion(id, 1, content, author, reviewer, on, file);
		return id;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void amend(long documentId, VersionContent content, Person author, Person reviewer, LocalDate on) {
		DocumentRow document = documents.find(documentId).orElseThrow();
		int next = document.currentVersion() + 1;
		documents.working(documentId, next, at(content.formedOn(), 9));
		publishVersion(documentId, next, content, author, reviewer, on, null);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void repeal(long documentId, LocalDate on, String reason, Person by) {
		DocumentRow document = documents.find(documentId).orElseThrow();
		VersionRow version = documents.findVersion(documentId, document.currentVersion()).orElseThrow();
		Instant when = at(on, 11);
		documents.ended(version.id(), VersionState.REPEALED, when);
		documents.repealed(documentId, on, reason, when);
		records.history(documentId, version.versionNo(), "repeal", VersionState.PUBLISHED, VersionState.REPEALED,
				by.name(), when, reason);
		events.publishEvent(new DocumentRepealed(documentId, document.organisationId(), on));
	}

	private void publishVersion(long documentId, int versionNo, VersionContent content, Person author,
			Person reviewer, LocalDate on, DemoFile file) {
		Instant created = at(content.formedOn(), 9);
		long versionId = documents.insertVersion(documentId, versionNo, content, author.id(), author.name(), created);
		records.history(documentId, versionNo, versionNo == 1 ? "create" : "amend", null, VersionState.DRAFT,
				author.name(), created, content.changeNote());
		if (file != null) {
			StoredBlob blob = store.put(file.content());
			attachments.insert(versionId, blob.sha256(), file.name(), file.mediaType(), blob.size(), file.text(),
					created);
		}
		Instant submitted = at(on.minusDays(1).isBefore(content.formedOn()) ? on : on.minusDays(1), 10);
		documents.submitted(versionId, submitted);
		records.history(documentId, versionNo, "submit", VersionState.DRAFT, VersionState.SUBMITTED, author.name(),
				submitted, null);
		Instant reviewed = at(on, 9);
		records.insertReview(versionId, "approve", "经保密审查和内容审核，同意公开。", true, true,
				reviewer.id() == null ? 0L : reviewer.id(), reviewer.name(), reviewed);
		documents.reviewed(versionId, VersionState.REVIEWED, reviewer.id() == null ? 0L : reviewer.id(),
				reviewer.name(), reviewed);
		records.history(documentId, versionNo, "approve", VersionState.SUBMITTED, VersionState.REVIEWED,
				reviewer.name(), reviewed, "经保密审查和内容审核，同意公开。");
		DocumentRow document = documents.find(documentId).orElseThrow();
		VersionRow version = documents.findVersion(documentId, versionNo).orElseThrow();
		publication.publish(document, version, reviewer.name(), at(on, 10), on);
	}

	private Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
	}

	/** An attachment of a demo document. */
	record DemoFile(String name, String mediaType, byte[] content, String text) {
	}
}
