package org.yangguang.disclosure.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.identity.Identity;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;
import org.yangguang.disclosure.DocumentPage;
import org.yangguang.disclosure.DocumentRow;
import org.yangguang.disclosure.DocumentSummary;
import org.yangguang.disclosure.HistoryEntry;
import org.yangguang.disclosure.ReviewRecord;
import org.yangguang.disclosure.VersionRow;

/**
 * Reads one document for the portal (public versions only; a withdrawn document says so and shows nothing else)
 * and for staff in scope (every version, history and reviews).
 */
@Service
@Transactional(readOnly = true)
public class DocumentReader {

	private final DocumentRepository documents;
	private final AttachmentRepository attachments;
	private final ReviewRepository records;
	private final DocumentQueries queries;
	private final Catalog catalog;
	private final Organisations organisations;
	private final Identity identity;

	DocumentReader(DocumentRepository documents, AttachmentRepository attachments, ReviewRepository records,
			DocumentQueries queries, Catalog catalog, Organisations organisations, Identity identity) {
		this.documents = documents;
		this.attachments = attachments;
		this.records = records;
		this.queries = queries;
		this.catalog = catalog;
		this.organisations = organisations;
		this.identity = identity;
	}

	public DocumentRow document(long id) {
		return documents.find(id).orElseThrow(() -> new NotFoundException("disclosure.error.documentNotFound", id));
	}

	/**
	 * The public page of a version (the current one when {@code versionNo} is null). 404 for documents never
	 * published and for versions never public; a withdrawn document is returned as it is, for the notice.
	 */
	public DocumentPage publicPage(long id, Integer versionNo) {
		DocumentRow document = document(id);
		if (document.currentVersion() == null) {
			throw new NotFoundException("disclosure.error.documentNotFound", id);
		}
		int wanted = versionNo == null ? document.currentVersion() : versionNo;
		VersionRow version = documents.findVersion(id, wanted).filter(v -> v.state().wasPublished())
			.orElseThrow(() -> new NotFoundException("disclosure.error.versionNotFound", id, wanted));
		return page(document, version);
	}

	/** Any version for staff whose scope covers the document (404 for others: it does not exist for them). */
	public DocumentPage staffPage(long id, Integer versionNo) {
		DocumentRow document = document(id);
		if (!identity.covers(document.organisationId())) {
			throw new NotFoundException("disclosure.error.documentNotFound", id);
		}
		int wanted = versionNo == null ? document.actionableVersion() : versionNo;
		VersionRow version = documents.findVersion(id, wanted)
			.orElseThrow(() -> new NotFoundException("disclosure.error.versionNotFound", id, wanted));
		return page(document, version);
	}

	public boolean coversForStaff(long organisationId) {
		return identity.covers(organisationId);
	}

	public List<HistoryEntry> history(long id) {
		return records.history(id);
	}

	public List<ReviewRecord> reviews(long id) {
		return records.reviews(id);
	}

	public Optional<String> lastReturnReason(VersionRow version) {
		return Optional.ofNullable(records.lastReturnReason(version.id()));
	}

	public List<VersionRow> allVersions(long id) {
		return documents.findVersions(id);
	}

	private DocumentPage page(DocumentRow document, VersionRow version) {
		List<VersionRow> published = documents.findVersions(document.id()).stream()
			.filter(v -> v.state().wasPublished()).toList();
		DocumentSummary interprets = version.interpretsId() == null ? null
				: queries.publicSummary(version.interpretsId()).orElse(null);
		return new DocumentPage(document, version, organisations.get(document.organisationId()),
				catalog.get(version.columnId()), attachments.forVersion(version.id()), published, interprets,
				queries.interpretationsOf(document.id()));
	}
}
