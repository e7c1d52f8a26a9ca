package org.yangguang.disclosure;

import org.springframework.stereotype.Service;
import org.yangguang.disclosure.internal.ReportPublication;

/** Publishing into the disclosure catalog on behalf of other modules. */
@Service
public class DisclosurePublishing {

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
}
