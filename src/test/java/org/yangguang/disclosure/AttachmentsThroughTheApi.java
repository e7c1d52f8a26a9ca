package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.yangguang.disclosure.internal.TestFiles;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Attachments are uploaded to a draft (multipart), checked by content, published with the version and
 * downloadable by anyone afterwards, byte for byte, with their SHA-256; drafts' attachments stay private.
 */
@IntegrationTest
class AttachmentsThroughTheApi {

	@Autowired
	TestRestTemplate rest;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void aPdfIsAttachedPublishedAndDownloadedUnchanged() {
		long id = Disclosure.create(api, "clerk", Disclosure.draft(Disclosure.unique("带附件")));
		byte[] pdf = TestFiles.pdf("Attachment for search: procurement 2026");
		ResponseEntity<String> r = upload(id, "采购公告.pdf", pdf, "clerk");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		JsonNode attachment = Api.read(r);
		assertThat(attachment.get("sha256").asString()).isEqualTo(AttachmentStore.sha256(pdf));
		assertThat(attachment.get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(attachment.get("size").asLong()).isEqualTo(pdf.length);
		String url = attachment.get("url").asString();
		assertThat(rest.getForEntity(url, byte[].class).getStatusCode().value()).isEqualTo(404);

		Disclosure.step(api, "clerk", id, "submit", null);
		Disclosure.step(api, "leader", id, "review", Disclosure.approve());
		Disclosure.step(api, "leader", id, "publish", null);
		ResponseEntity<byte[]> download = rest.getForEntity(url, byte[].class);
		assertThat(download.getStatusCode().value()).isEqualTo(200);
		assertThat(download.getBody()).isEqualTo(pdf);
		assertThat(download.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(AttachmentStore.sha256(pdf));
		assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("采购公告.pdf");
		JsonNode doc = Api.read(api.get("/api/v1/documents/" + id, null));
		assertThat(doc.get("attachments").get(0).get("name").asString()).isEqualTo("采购公告.pdf");
		assertThat(rest.getForObject("/disclosure/documents/" + id, String.class)).contains("采购公告.pdf",
				AttachmentStore.sha256(pdf));
	}

	@Test
	void aProgramDisguisedAsPdfIsRefusedOnTheFileField() {
		long id = Disclosure.create(api, "clerk", Disclosure.draft(Disclosure.unique("伪装附件")));
		ResponseEntity<String> r = upload(id, "通知.pdf", TestFiles.exe(), "clerk");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(r).get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	@Test
	void aPublishedVersionTakesNoMoreAttachments() {
		long id = Disclosure.published(api, Disclosure.unique("已发布不能加附件"));
		assertThat(upload(id, "a.pdf", TestFiles.pdf("x"), "leader").getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void staffOfAnotherOrganisationCannotAttach() {
		long id = Disclosure.create(api, "clerk", Disclosure.draft(Disclosure.unique("他人附件")));
		assertThat(upload(id, "a.png", TestFiles.png(), "window").getStatusCode().value()).isEqualTo(403);
	}

	private ResponseEntity<String> upload(long id, String name, byte[] content, String user) {
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, part));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setBearerAuth(api.token(user));
		return rest.exchange("/api/v1/documents/" + id + "/attachments", HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
	}
}
