package org.yangguang.disclosure;

import java.time.LocalDate;

/** The checked content of a version, ready to store: sanitised body and its plain text, resolved column. */
public record VersionContent(long columnId, String title, String docNo, LocalDate writtenOn, LocalDate formedOn,
		Topic topic, Genre genre, String keywords, String summary, String source, Classification classification,
		WithholdingGround withholdingGround, String bodyHtml, String bodyText, Long interpretsId, String changeNote) {
}
