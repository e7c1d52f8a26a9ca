package org.yangguang.disclosure;

import java.time.LocalDate;

/**
 * What staff enter for a version, as entered (forms and the API): the column by its name in the organisation's
 * catalog, enums by their keys. {@code ContentRules} checks it and turns it into a {@link VersionContent}.
 *
 * @param interprets for a policy interpretation (政策解读): the id of the published policy document it explains
 * @param changeNote for an amendment: what changed and why
 */
public record DocumentContent(String column, String title, String body, String docNo, LocalDate writtenOn,
		LocalDate formedOn, String topic, String genre, String keywords, String summary, String source,
		String classification, String withholdingGround, Long interprets, String changeNote) {
}
