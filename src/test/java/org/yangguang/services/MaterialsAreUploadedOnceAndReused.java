package org.yangguang.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 材料库: a citizen uploads a material once (checked by content, not by name) and supplies it to later applications
 * by reference; no one uses another citizen's file; staff read a case's file.
 */
@IntegrationTest
class MaterialsAreUploadedOnceAndReused {

	@Autowired
	TestRestTemplate rest;

	@Test
	void anUploadedMaterialSuppliesLaterApplications() {
		Api api = new Api(rest);
		ServiceCaseApi cases = new ServiceCaseApi(api);
		String item = cases.publishOwnItem("材料库测试事项");
		ResponseEntity<String> uploaded = upload(api, "citizen1", "户口簿", "hukou.pdf",
				"%PDF-1.4\n% 户口簿扫描件\n".getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.getStatusCode().value()).as(uploaded.getBody()).isEqualTo(201);
		long file = Api.read(uploaded).get("id").asLong();

		for (int i = 0; i < 2; i++) {
			ResponseEntity<String> r = api.post("/api/v1/applications",
					Map.of("item", item, "materials", List.of(1), "files", Map.of("2", file)), "citizen1");
			assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
			JsonNode created = Api.read(r);
			JsonNode hukou = created.get("materials").get(1);
			assertThat(hukou.get("state").asString()).isEqualTo("supplied");
			assertThat(hukou.get("fileId").asLong()).isEqualTo(file);
			String caseNo = created.get("caseNo").asString();
			assertThat(cases.ok(caseNo, "accept", "window").get("status").asString()).isEqualTo("accepted");
			assertThat(api.get("/api/v1/applications/" + caseNo + "/files/" + file, "window").getStatusCode().value())
				.isEqualTo(200);
		}
		ResponseEntity<String> stolen = api.post("/api/v1/applications",
				Map.of("item", item, "materials", List.of(1), "files", Map.of("2", file)), "citizen2");
		assertThat(stolen.getStatusCode().value()).isEqualTo(400);
		assertThat(api.get("/api/v1/material-library/" + file, "citizen2").getStatusCode().value()).isEqualTo(404);
		assertThat(Api.read(api.get("/api/v1/material-library", "citizen1")).toString()).contains("户口簿");
	}

	@Test
	void aFileThatIsNotAPdfOrAScanIsRefusedWhateverItsName() {
		Api api = new Api(rest);
		ResponseEntity<String> r = upload(api, "citizen1", "身份证", "id.pdf", "MZ\u0090\u0000 not a pdf".getBytes());
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(r.getBody()).contains("PDF");
		assertThat(upload(api, "window", "身份证", "id.pdf", "%PDF-1.4".getBytes()).getStatusCode().value())
			.isEqualTo(403);
	}

	private ResponseEntity<String> upload(Api api, String user, String name, String fileName, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(api.token(user));
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("name", name);
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return rest.postForEntity("/api/v1/material-library", new HttpEntity<>(body, headers), String.class);
	}
}
