package org.yangguang.disclosure;

/** A published document was withdrawn (撤回) and is no longer public. */
public record DocumentWithdrawn(long documentId, long organisationId, String reason) {
}
