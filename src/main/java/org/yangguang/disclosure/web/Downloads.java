package org.yangguang.disclosure.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.disclosure.AttachmentDownload;
import org.yangguang.disclosure.PublishedContent;

/** File responses: the stored bytes with their type, name (UTF-8) and SHA-256 (also the ETag), never cached unchecked. */
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

	/** A version's canonical HTML as a download, never rendered by the browser as a page of ours. */
	static ResponseEntity<byte[]> content(PublishedContent content) {
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(content.fileName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-SHA256", content.sha256())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'")
			.eTag("\"" + content.sha256() + "\"").cacheControl(CacheControl.noCache())
			.body(content.content());
	}
}
