package org.yangguang.disclosure.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.yangguang.disclosure.AttachmentRecord;
import org.yangguang.disclosure.DocumentPage;
import org.yangguang.disclosure.DocumentSummary;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.organisation.Organisation;

/**
 * The JSON of the documents API (stable contract): list items, one document with its versions and hashes,
 * attachments. Dates are ISO strings; {@code org} is the organisation's code.
 */
final class DocumentJson {

	private DocumentJson() {
	}

	record ListPage(long total, int page, int size, List<Item> items) {
	}

	record Item(long id, String indexNo, String title, String docNo, String org, String orgName, String column,
			String topic, String genre, LocalDate writtenOn, LocalDate publishedOn, Instant publishedAt,
			String validity, int version, String url) {

		static Item of(DocumentSummary s, Map<Long, Organisation> organisations) {
			Organisation org = organisations.get(s.organisationId());
			return new Item(s.id(), s.indexNo(), s.title(), s.docNo(), org == null ? null : org.code(),
					org == null ? null : org.name(), s.columnName(), s.topic().key(), s.genre().key(), s.writtenOn(),
					s.publishedOn(), s.publishedAt(), s.validity().key(), s.version(), s.url());
		}
	}

	record Attachment(long id, String name, String mediaType, long size, String sha256, String url) {

		static Attachment of(long documentId, AttachmentRecord a) {
			return new Attachment(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(),
					"/api/v1/documents/" + documentId + "/attachments/" + a.id());
		}
	}

	record Version(int version, String state, String validity, LocalDate formedOn, Instant publishedAt,
			LocalDate publishedOn, String sha256, String changeNote, String url, String contentUrl) {

		static Version of(long documentId, VersionRow v, Integer current) {
			String validity = switch (v.state()) {
				case SUPERSEDED -> "amended";
				case REPEALED -> "repealed";
				case PUBLISHED -> "in_force";
				default -> null;
			};
			boolean wasPublic = v.contentSha256() != null;
			return new Version(v.versionNo(), v.state().key(), validity, v.formedOn(), v.publishedAt(), v.publishedOn(),
					v.contentSha256(), v.changeNote(),
					wasPublic ? "/disclosure/documents/" + documentId + "/versions/" + v.versionNo() : null,
					wasPublic ? "/disclosure/documents/" + documentId + "/versions/" + v.versionNo() + "/content.html"
							: null);
		}
	}

	record Link(long id, String title, String url) {

		static Link of(DocumentSummary s) {
			return new Link(s.id(), s.title(), s.url());
		}
	}

	/**
	 * One document: the version shown ({@code version}; for staff the one in preparation), its metadata, body and
	 * attachments, and every version with its SHA-256.
	 */
	record Detail(long id, String indexNo, String status, String state, int version, Integer currentVersion,
			Integer workingVersion, String title, String docNo, String org, String orgName, String column,
			String topic, String genre, String keywords, String summary, String source, String classification,
			String withholdingGround, LocalDate writtenOn, LocalDate formedOn, Instant publishedAt,
			Instant firstPublishedAt, LocalDate publicationDeadline, Boolean late, String validity,
			LocalDate repealedOn, String repealReason, Instant withdrawnAt, String withdrawnReason, String sha256,
			String body, Link interprets, List<Link> interpretations, List<Attachment> attachments,
			List<Version> versions, String url, LocalDate validUntil) {

		static Detail of(DocumentPage page, List<VersionRow> versions) {
			var d = page.document();
			var v = page.version();
			Organisation org = page.organisation();
			return new Detail(d.id(), d.indexNo(), d.status().key(), v.state().key(), v.versionNo(), d.currentVersion(),
					d.workingVersion(), v.title(), v.docNo(), org.code(), org.name(), page.column().name(),
					v.topic().key(), v.genre().key(), v.keywords(), v.summary(), v.source(), v.classification().key(),
					v.withholdingGround() == null ? null : v.withholdingGround().key(), v.writtenOn(), v.formedOn(),
					v.publishedAt(), d.firstPublishedAt(), v.publicationDeadline(), v.publishedLate(),
					v.state().wasPublished() ? page.validity().key() : null, d.repealedOn(), d.repealReason(),
					d.withdrawnAt(), d.withdrawnReason(), v.contentSha256(), v.bodyHtml(),
					page.interprets() == null ? null : Link.of(page.interprets()),
					page.interpretations().stream().map(Link::of).toList(),
					page.attachments().stream().map(a -> Attachment.of(d.id(), a)).toList(),
					versions.stream().map(x -> Version.of(d.id(), x, d.currentVersion())).toList(),
					"/disclosure/documents/" + d.id(), d.validUntil());
		}
	}
}
