package org.yangguang.disclosure.web;

import org.springframework.validation.BindingResult;
import org.yangguang.disclosure.internal.DocumentContent;
import org.yangguang.disclosure.internal.VersionRow;

/**
 * The staff's form for a draft: every field of {@link DocumentContent} as typed (dates and numbers as text, so
 * that a wrong value is shown again with its error), the column chosen by name.
 */
record DocumentForm(String column, String title, String body, String docNo, String writtenOn, String formedOn,
		String topic, String genre, String keywords, String summary, String source, String classification,
		String withholdingGround, String interprets, String changeNote) {

	static DocumentForm blank(java.time.LocalDate today) {
		return new DocumentForm(null, null, null, null, today.toString(), today.toString(), "general", null, null, null,
				null, "proactive", null, null, null);
	}

	static DocumentForm of(VersionRow v, String columnName) {
		return new DocumentForm(columnName, v.title(), v.bodyHtml(), v.docNo(), v.writtenOn().toString(),
				v.formedOn().toString(), v.topic().key(), v.genre().key(), v.keywords(), v.summary(), v.source(),
				v.classification().key(), v.withholdingGround() == null ? null : v.withholdingGround().key(),
				v.interpretsId() == null ? null : v.interpretsId().toString(), v.changeNote());
	}

	/** The content, with errors for values that are not dates or numbers. */
	DocumentContent content(BindingResult errors) {
		return new DocumentContent(column, title, body, docNo, FormValues.date(errors, "writtenOn", writtenOn),
				FormValues.date(errors, "formedOn", formedOn), topic, genre, keywords, summary, source, classification,
				withholdingGround, FormValues.number(errors, "interprets", interprets), changeNote);
	}
}
