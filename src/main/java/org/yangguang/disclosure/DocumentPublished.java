package org.yangguang.disclosure;

/** A version of a document was published (version 1: first publication; later versions: an amendment). */
public record DocumentPublished(long documentId, int version, long organisationId, String indexNo, boolean late) {
}
