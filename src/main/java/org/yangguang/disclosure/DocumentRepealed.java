package org.yangguang.disclosure;

import java.time.LocalDate;

/** A published document was repealed (废止): it stays public, marked no longer in force. */
public record DocumentRepealed(long documentId, long organisationId, LocalDate repealedOn) {
}
