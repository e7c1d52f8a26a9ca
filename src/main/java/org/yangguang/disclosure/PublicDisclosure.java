package org.yangguang.disclosure;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.yangguang.disclosure.internal.ColumnContents;
import org.yangguang.disclosure.internal.DisclosureProperties;
import org.yangguang.disclosure.internal.DocumentAttachments;
import org.yangguang.disclosure.internal.DocumentQueries;
import org.yangguang.disclosure.internal.DocumentReader;
import org.yangguang.disclosure.internal.Guides;
import org.yangguang.disclosure.internal.StandardColumns;
import org.yangguang.shared.NotFoundException;
import org.yangguang.storage.AttachmentStore;

/**
 * 政府信息公开专栏 — what anyone may read without logging in, on the portal, the kiosk and in the feeds: the
 * catalog of public documents by filter and by column, the guides, a document page with its archive of versions,
 * the published bytes (canonical content and attachments) and the sitemap. Only versions that were public are
 * ever returned.
 */
@Service
public class PublicDisclosure {

	private final ColumnContents columns;
	private final DocumentQueries queries;
	private final DocumentReader reader;
	private final DocumentAttachments attachments;
	private final Guides guides;
	private final AttachmentStore store;
	private final DisclosureProperties properties;

	PublicDisclosure(ColumnContents columns, DocumentQueries queries, DocumentReader reader,
			DocumentAttachments attachments, Guides guides, AttachmentStore store, DisclosureProperties properties) {
		this.columns = columns;
		this.queries = queries;
		this.reader = reader;
		this.attachments = attachments;
		this.guides = guides;
		this.store = store;
		this.properties = properties;
	}

	/** Public documents matching the filter, newest publication first. */
	public ResultPage<DocumentSummary> published(CatalogFilter filter, int page, int size) {
		return queries.published(filter, page, size);
	}

	/** The newest public documents of the organisation, as many as a feed holds. */
	public List<DocumentSummary> newest(long organisationId) {
		return queries.published(CatalogFilter.of(List.of(organisationId)), 0, properties.feedSize()).items();
	}

	/** The organisation's 公开制度: the public documents of its standard column for rules. */
	public List<DocumentSummary> rules(long organisationId) {
		return columns.standardColumn(organisationId, StandardColumns.RULES);
	}

	/** The organisation's active columns as a tree, with their numbers of public documents. */
	public List<ColumnNode> columnTree(long organisationId) {
		return columns.tree(organisationId);
	}

	/** A page of a column and its sub-columns (404 when retired). */
	public ColumnListing column(long columnId, int page, int size) {
		return columns.listing(columnId, page, size);
	}

	/** A page of a column of this organisation (404 when it belongs to another one or is retired). */
	public ColumnListing column(long organisationId, long columnId, int page, int size) {
		return columns.listing(organisationId, columnId, page, size);
	}

	/** The newest documents of a column and its sub-columns, as many as a feed holds (404 when retired). */
	public ColumnListing columnFeed(long columnId) {
		return columns.listing(columnId, 0, properties.feedSize());
	}

	/** The organisation's disclosure guide (公开指南): the office's, or the standard one until it writes its own. */
	public Guide guide(long organisationId) {
		return guides.guide(organisationId);
	}

	/**
	 * A version that was public (the current one when {@code versionNo} is null), 404 otherwise. A withdrawn
	 * document is returned as it is, for the withdrawal notice.
	 */
	public DocumentPage document(long documentId, Integer versionNo) {
		return reader.publicPage(documentId, versionNo);
	}

	/** The current version of a document that is not withdrawn (404 otherwise), for screens with no notice. */
	public DocumentPage shownDocument(long documentId) {
		DocumentPage page = reader.publicPage(documentId, null);
		if (page.document().status() == DocumentStatus.WITHDRAWN) {
			throw new NotFoundException("disclosure.error.documentNotFound", documentId);
		}
		return page;
	}

	/** The canonical content of a published version; 404 for a withdrawn document or a version with none. */
	public PublishedContent content(long documentId, int versionNo) {
		DocumentPage page = reader.publicPage(documentId, versionNo);
		String sha = page.version().contentSha256();
		if (page.document().status() == DocumentStatus.WITHDRAWN || sha == null) {
			throw new NotFoundException("disclosure.error.versionNotFound", documentId, versionNo);
		}
		return new PublishedContent(documentId, versionNo, sha, store.read(sha));
	}

	/** An attachment of a version that was public (staff in scope also get one still in preparation). */
	public AttachmentDownload attachment(long documentId, long attachmentId) {
		return attachments.download(documentId, attachmentId);
	}

	/** Every public document, newest first, at most {@code limit}, one at a time (for the sitemap). */
	public void eachPublic(int limit, Consumer<SitemapEntry> consumer) {
		queries.eachPublic(limit, consumer);
	}

	/** Seconds after which the kiosk returns to its home screen. */
	public int kioskIdleSeconds() {
		return properties.kioskIdleSeconds();
	}
}
