package org.yangguang.consultation.internal;

import org.springframework.stereotype.Component;
import org.yangguang.consultation.AdoptionReport;
import org.yangguang.consultation.ConsultationView;
import org.yangguang.disclosure.DisclosurePublishing;
import org.yangguang.disclosure.Genre;

/**
 * A published draft and its adoption report also stand in the disclosure catalog, column 重大决策预公开 (and so in site
 * search), each linking back to the consultation's page. The drafter is their author; the leader or office who
 * publishes them is recorded as reviewer and publisher.
 */
@Component
public class CatalogPublication {

	private final DisclosurePublishing publishing;

	CatalogPublication(DisclosurePublishing publishing) {
		this.publishing = publishing;
	}

	public void publishDraft(Consultation c, ConsultationView v) {
		c.documentId = publishing.publishInColumn(c.organisationId(), DisclosurePublishing.DECISION_DRAFTS,
				Genre.OTHER_DOCUMENT, c.authorName(), "《" + c.title() + "》（征求意见稿）公开征求意见",
				"重大决策预公开;征求意见;" + c.title(), CatalogText.draftNotice(v), null);
	}

	public void publishReport(Consultation c, ConsultationView v, AdoptionReport report) {
		c.reportDocumentId = publishing.publishInColumn(c.organisationId(), DisclosurePublishing.DECISION_DRAFTS,
				Genre.REPORT, c.authorName(), "《" + c.title() + "》征求意见采纳情况说明",
				"重大决策预公开;采纳情况;" + c.title(), CatalogText.adoptionReport(report, v), null);
	}
}
