package org.yangguang.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.disclosure.DocumentPublished;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.disclosure.AttachmentRecord;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.DocumentRow;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.disclosure.VersionState;

/**
 * The act of publication, once the workflow allowed it: the index number (first publication only), the
 * timeliness judgement, the canonical content and its SHA-256, the superseding of the previous version, the
 * history line, the {@link DocumentPublished} event (which search listens to) and, last, the audit entry.
 */
@Component
class PublicationRecorder {

	private final DocumentRepository documents;
	private final ReviewRepository records;
	private final AttachmentRepository attachments;
	private final ColumnRepository columns;
	private final Organisations organisations;
	private final WorkingCalendar calendar;
	private final IndexNumbers indexNumbers;
	private final AttachmentStore store;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;

	PublicationRecorder(DocumentRepository documents, ReviewRepository records, AttachmentRepository attachments,
			ColumnRepository columns, Organisations organisations, WorkingCalendar calendar,
			IndexNumbers indexNumbers, AttachmentStore store, ApplicationEventPublisher events,
			AuditLog audit) {
		this.documents = documents;
		this.records = records;
		this.attachments = attachments;
		this.columns = columns;
		this.organisations = organisations;
		this.calendar = calendar;
		this.indexNumbers = indexNumbers;
		this.store = store;
		this.events = events;
		this.audit = audit;
	}

	/** Publishes {@code version} (reviewed) of {@code document} at {@code at}, on the day {@code on}. */
	@Transactional(propagation = Propagation.MANDATORY)
	String publish(DocumentRow document, VersionRow version, String publisher, Instant at, LocalDate on) {
		Organisation organisation = organisations.get(document.organisationId());
		String indexNo = document.indexNo() != null ? document.indexNo()
				: indexNumbers.next(organisation, on.getYear()).toString();
		LocalDate deadline = new PublicationTimeliness(calendar.calendar(), 0).deadline(version.formedOn());
		boolean late = on.isAfter(deadline);
		List<AttachmentRecord> files = attachments.forVersion(version.id());
		String columnName = columns.find(version.columnId()).map(CatalogColumn::name).orElse("");
		byte[] canonical = CanonicalContent.render(new CanonicalContent.Facts(indexNo, organisation.name(), columnName,
				version.versionNo(), version.content(), on, files));
		String sha256 = store.put(canonical).sha256();
		documents.published(version.id(), at, on, publisher, deadline, late, sha256);
		if (document.currentVersion() != null) {
			VersionRow previous = documents.findVersion(document.id(), document.currentVersion()).orElseThrow();
			documents.ended(previous.id(), VersionState.SUPERSEDED, at);
			records.history(document.id(), previous.versionNo(), "supersede", previous.state(),
					VersionState.SUPERSEDED, publisher, at, null);
		}
		documents.afterPublication(document.id(), indexNo, version.versionNo(), version.columnId(), at);
		records.history(document.id(), version.versionNo(), "publish", version.state(), VersionState.PUBLISHED,
				publisher, at, late ? "late" : null);
		events.publishEvent(new DocumentPublished(document.id(), version.versionNo(), document.organisationId(),
				indexNo, late));
		audit.record("disclosure.document.published", DocumentWorkflow.SUBJECT, String.valueOf(document.id()),
				version.state().key(),
				"version=" + version.versionNo() + "; indexNo=" + indexNo + "; sha256=" + sha256 + "; late=" + late,
				null);
		return indexNo;
	}
}
