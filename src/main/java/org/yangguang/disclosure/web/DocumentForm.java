package org.yangguang.disclosure.web;

import java.time.LocalDate;

import org.yangguang.disclosure.DocumentContent;
import org.yangguang.disclosure.VersionRow;

/**
 * The staff's form for a draft: every field of {@link DocumentContent}, the column chosen by name. Spring binds the
 * dates (ISO) and the interpreted document's id, so a wrong value comes back on its field with its
 * {@code typeMismatch} message and as typed; the content rules of the module check the rest.
 */
record DocumentForm(String column, String title, String body, String docNo, LocalDate writtenOn, LocalDate formedOn,
		String topic, String genre, String keywords, String summary, String source, String classification,
		String withholdingGround, Long interprets, String changeNote) {

	static DocumentForm blank(LocalDate today) {
		return new DocumentForm(null, null, null, null, today, today, "general", null, null, null, null, "proactive",
				null, null, null);
	}

	static DocumentForm of(VersionRow v, String columnName) {
		return new DocumentForm(columnName, v.title(), v.bodyHtml(), v.docNo(), v.writtenOn(), v.formedOn(),
				v.topic().key(), v.genre().key(), v.keywords(), v.summary(), v.source(), v.classification().key(),
				v.withholdingGround() == null ? null : v.withholdingGround().key(), v.interpretsId(), v.changeNote());
	}

	DocumentContent content() {
		return new DocumentContent(column, title, body, docNo, writtenOn, formedOn, topic, genre, keywords, summary,
				source, classification, withholdingGround, interprets, changeNote);
	}
}
