package org.yangguang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The document says which operations need a bearer token, and the security gate agrees: called without a token, an
 * operation documented as protected answers 401 and a public one does not; what an anonymous caller gets back is a
 * documented status in a documented media type.
 */
@IntegrationTest
class ProtectedOperationsDeclareTheBearerScheme {

	@Autowired
	TestRestTemplate rest;

	ApiDocument document;

	@BeforeEach
	void fetch() {
		document = ApiDocument.fetch(rest);
	}

	@Test
	void theBearerSchemeIsDocumented() {
		JsonNode scheme = document.root().path("components").path("securitySchemes").path("bearerAuth");
		assertThat(scheme.path("type").asString()).isEqualTo("http");
		assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
		assertThat(scheme.path("description").asString()).contains("/api/v1/auth/token");
	}

	@Test
	void creatingADocumentCarriesTheSchemeAndReadingTheCatalogDoesNot() {
		assertThat(operation("POST", "/api/v1/documents").secured()).isTrue();
		assertThat(operation("GET", "/api/v1/documents").secured()).isFalse();
		assertThat(operation("POST", "/api/v1/auth/token").secured()).isFalse();
		assertThat(operation("GET", "/api/v1/accounts/me").secured()).isTrue();
	}

	@Test
	void anonymousCallsAreRefusedExactlyWhereATokenIsDocumented() {
		List<String> failures = new ArrayList<>();
		for (ApiDocument.Operation operation : document.operations()) {
			ResponseEntity<byte[]> response = callAnonymously(operation);
			int status = response.getStatusCode().value();
			if (operation.secured() != (status == 401)) {
				failures.add(operation + " is documented " + (operation.secured() ? "with" : "without")
						+ " a token but answers " + status + " to an anonymous call");
			}
			if (!operation.documents(status)) {
				failures.add(operation + " answers " + status + ", which it does not document");
			}
			else {
				MediaType type = response.getHeaders().getContentType();
				if (type != null && operation.mediaTypes(status).stream().map(MediaType::parseMediaType)
					.noneMatch(t -> t.isCompatibleWith(type))) {
					failures.add(operation + " answers " + status + " as " + type + ", documented as "
							+ operation.mediaTypes(status));
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void swaggerUiIsServedAtApiDocs() {
		ResponseEntity<String> docs = rest.getForEntity("/api/docs", String.class);
		String page = docs.getBody();
		if (docs.getStatusCode().is3xxRedirection()) {
			String location = docs.getHeaders().getLocation().toString();
			docs = rest.getForEntity(location, String.class);
			page = docs.getBody();
		}
		assertThat(docs.getStatusCode().value()).as("Swagger UI at /api/docs: %s", docs).isEqualTo(200);
		assertThat(page).contains("swagger-ui");
		ResponseEntity<String> config = rest.getForEntity("/api/v1/openapi/swagger-config", String.class);
		assertThat(config.getStatusCode().value()).isEqualTo(200);
		assertThat(config.getBody()).contains("/api/v1/openapi");
	}

	private ApiDocument.Operation operation(String method, String path) {
		return document.operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path))
			.findFirst().orElseThrow(() -> new AssertionError(method + " " + path + " is not documented"));
	}

	/** Path variables become {@code 1}, no body, no query: enough to meet the gate, never enough to change data. */
	private ResponseEntity<byte[]> callAnonymously(ApiDocument.Operation operation) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.ALL));
		String path = operation.path().replaceAll("\\{[^}]+}", "1");
		return rest.exchange(path, HttpMethod.valueOf(operation.method()), new HttpEntity<>(headers), byte[].class);
	}
}
