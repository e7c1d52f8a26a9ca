package org.yangguang.disclosure;

import org.springframework.stereotype.Service;
import org.yangguang.disclosure.internal.ReportPublication;
import org.yangguang.disclosure.internal.StandardColumns;

/** Publishing into the disclosure catalog on behalf of other modules. */
@Service
public class DisclosurePublishing {

	/** The standard column 重大决策预公开 (drafts of major decisions for comment, and their adoption reports). */
	public static final String DECISION_DRAFTS = StandardColumns.DECISION_DRAFTS;
	/** The standard column 会议公开 (published meeting minutes). */
	public static final String MEETINGS = StandardColumns.MEETINGS;

	private final ReportPublication reports;

	DisclosurePublishing(ReportPublication reports) {
		this.reports = reports;
	}

	/**
	 * Publishes the annual report (政府信息公开工作年度报告) of an organisation for a year in its column 年度报告,
	 * with the PDF as attachment, reviewed and published by the current user, who must be the disclosure office
	 * (政务公开办) or a leader (分管领导) with the organisation in scope (403 otherwise). The platform is recorded as
	 * the author. A second call for the same organisation and year publishes a new version of the same document.
	 *
	 * @param bodyHtml the report as HTML (sanitised before it is stored)
	 * @param pdf      the report as PDF (checked by content)
	 * @return the document id; its page is {@code /disclosure/documents/{id}}
	 */
	public long publishAnnualReport(long organisationId, int year, String title, String bodyHtml, byte[] pdf) {
		return reports.publish(organisationId, year, title, bodyHtml, pdf);
	}

	/**
	 * Publishes, as a new document in the organisation's standard column {@code columnCode} (one of the constants
	 * above), what another module prepared and had reviewed: a draft for comment, an adoption report, minutes. The
	 * current user, the disclosure office or a leader with the organisation in scope (403 otherwise), is recorded as
	 * reviewer and publisher, {@code author} as author.
	 *
	 * @param bodyHtml the text as HTML (sanitised before it is stored)
	 * @param pdf      the same as PDF, attached; may be null
	 * @return the document id; its page is {@code /disclosure/documents/{id}}
	 */
	public long publishInColumn(long organisationId, String columnCode, Genre genre, String author, String title,
			String keywords, String bodyHtml, byte[] pdf) {
		return reports.publishFromModule(organisationId, columnCode, genre, author, title, keywords, bodyHtml, pdf);
	}
}
