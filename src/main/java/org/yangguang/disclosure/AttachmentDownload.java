package org.yangguang.disclosure;


/** An attachment (附件) with its bytes, for a download. */
public record AttachmentDownload(AttachmentRecord attachment, byte[] content) {
}
