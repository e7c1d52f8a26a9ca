package org.yangguang.disclosure.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.disclosure.internal.DocumentAttachments;
import org.yangguang.disclosure.AttachmentDownload;

/** File responses: the stored bytes with their type, name (UTF-8) and SHA-256 as an ETag. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(AttachmentDownload download) {
		var a = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Content-SHA256", a.sha256())
			.eTag("\"" + a.sha256() + "\"")
			.cacheControl(CacheControl.noCache())
			.body(download.content());
	}
}
