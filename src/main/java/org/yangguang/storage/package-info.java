/**
 * 附件存储 — the bytes of attachments and other files, kept outside the database and addressed by their SHA-256
 * digest: the same content is stored once, a stored file never changes, and anyone holding a copy can check it
 * against the digest shown on the page.
 * <p>
 * Public API: {@link org.yangguang.storage.AttachmentStore} and {@link org.yangguang.storage.StoredBlob}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.yangguang.storage;
