package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.storage.AttachmentType;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.storage.StoredBlob;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.Classification;
import org.yangguang.disclosure.DocumentRow;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.ReviewDecision;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.VersionContent;
import org.yangguang.disclosure.VersionState;
import org.yangguang.disclosure.WorkflowAction;

/**
 * 年度报告发布 — the annual report, compiled by the annual-report module from the records, is published in the
 * organisation's column 年度报告 with its PDF. The platform is its author; the office or leader who publishes it
 * is recorded as its reviewer (保密审查 and 预先审核 confirmed), so the author-is-not-reviewer rule holds. A second
 * report for the same organisation and year is a new version of the same document.
 */
@Service
@Transactional
public class ReportPublication {

	static final String AUTHOR = "系统（年度报告编制）";

	private final DocumentWorkflow workflow;
	private final PublicationChanges changes;
	private final DocumentRepository documents;
	private final ReviewRepository records;
	private final AttachmentRepository attachments;
	private final Catalog catalog;
	private final Organisations organisations;
	private final Identity identity;
	private final AttachmentStore store;
	private final AttachmentPolicy policy;
	private final Clock clock;

	ReportPublication(DocumentWorkflow workflow, PublicationChanges changes, DocumentRepository documents,
			ReviewRepository records, AttachmentRepository attachments, Catalog catalog, Organisations organisations,
			Identity identity, AttachmentStore store, DisclosureProperties properties, Clock clock) {
		this.workflow = workflow;
		this.changes = changes;
		this.documents = documents;
		this.records = records;
		this.attachments = attachments;
		this.catalog = catalog;
		this.organisations = organisations;
		this.identity = identity;
		this.store = store;
		this.policy = new AttachmentPolicy(properties.attachmentMaxSize().toBytes());
		this.clock = clock;
	}

	public long publish(long organisationId, int year, String title, String bodyHtml, byte[] pdf) {
		identity.requireInScope(organisationId, WorkflowAction.PUBLISH.rolesArray());
		LocalDate today = LocalDate.now(clock);
		if (year < 2000 || year > today.getYear()) {
			throw RuleViolationException.onField("year", "disclosure.report.error.year", year, today.getYear());
		}
		CatalogColumn column = catalog.standardColumn(organisationId, StandardColumns.ANNUAL_REPORT);
		return publish(organisationId, column, Genre.ANNUAL_REPORT, AUTHOR, title, "政府信息公开;年度报告;" + year,
				bodyHtml, pdf, "年度报告", now -> reportDocument(organisationId, year, now));
	}

	/**
	 * A document another module prepared and had reviewed (a draft for comment, its adoption report, meeting minutes),
	 * published as a new document in the organisation's standard column {@code columnCode}, with the PDF (if any) as
	 * attachment. {@code author} is recorded as its author, the current user (office or leader in scope) as reviewer
	 * and publisher.
	 */
	public long publishFromModule(long organisationId, String columnCode, Genre genre, String author, String title,
			String keywords, String bodyHtml, byte[] pdf) {
		CatalogColumn column = catalog.standardColumn(organisationId, columnCode);
		return publish(organisationId, column, genre, author, title, keywords, bodyHtml, pdf, column.name(),
				now -> workflow.lock(documents.insertDocument(organisationId, null, now)));
	}

	private long publish(long organisationId, CatalogColumn column, Genre genre, String author, String title,
			String keywords, String bodyHtml, byte[] pdf, String what,
			Function<Instant, DocumentRow> document) {
		CurrentUser user = identity.requireInScope(organisationId, WorkflowAction.PUBLISH.rolesArray());
		LocalDate today = LocalDate.now(clock);
		if (title == null || title.isBlank() || title.strip().length() > ContentRules.MAX_TITLE) {
			throw RuleViolationException.onField("title", "disclosure.error.titleRequired");
		}
		String body = BodySanitizer.clean(bodyHtml);
		if (BodySanitizer.text(body).isBlank()) {
			throw RuleViolationException.onField("body", "disclosure.error.bodyRequired");
		}
		AttachmentPolicy.Accepted accepted = null;
		if (pdf != null) {
			accepted = policy.check(title.strip() + ".pdf", pdf);
			if (accepted.type() != AttachmentType.PDF) {
				throw RuleViolationException.onField("file", "disclosure.report.error.pdf");
			}
		}
		String publisher = organisations.get(organisationId).name();
		VersionContent content = new VersionContent(column.id(), title.strip(), null, today, today, Topic.GENERAL,
				genre, keywords, null, publisher, Classification.PROACTIVE, null, body, BodySanitizer.text(body), null,
				null);
		Instant now = clock.instant();
		DocumentRow row = document.apply(now);
		int versionNo = row.currentVersion() == null ? 1 : row.currentVersion() + 1;
		if (versionNo > 1) {
			documents.working(row.id(), versionNo, now);
		}
		long versionId = documents.insertVersion(row.id(), versionNo, content, null, author, now);
		records.history(row.id(), versionNo, versionNo == 1 ? "create" : "amend", null, VersionState.DRAFT, author, now,
				null);
		if (accepted != null) {
			StoredBlob blob = store.put(pdf);
			attachments.insert(versionId, blob.sha256(), accepted.fileName(), accepted.mediaType(), blob.size(),
					accepted.text(), now);
		}
		documents.submitted(versionId, now);
		records.history(row.id(), versionNo, "submit", VersionState.DRAFT, VersionState.SUBMITTED, author, now, null);
		workflow.recordReview(row, workflow.version(row, versionNo), VersionState.REVIEWED,
				new ReviewDecision(true, what + "经" + user.displayName() + "审核发布", true, true), user);
		workflow.doPublish(row, workflow.version(row, versionNo), user);
		return row.id();
	}

	/** The year's report document, locked: a new one, or the published one that this report amends. */
	private DocumentRow reportDocument(long organisationId, int year, Instant now) {
		Optional<DocumentRow> existing = documents.findAnnualReport(organisationId, year);
		if (existing.isEmpty()) {
			DocumentRow created = workflow.lock(documents.insertDocument(organisationId, year, now));
			return created;
		}
		DocumentRow document = workflow.lock(existing.get().id());
		DocumentTransitions.require(changes.publicVersion(document).state(), WorkflowAction.AMEND);
		if (document.workingVersion() != null) {
			throw new IllegalTransitionException("disclosure.error.amendmentInProgress", document.workingVersion());
		}
		return document;
	}
}
