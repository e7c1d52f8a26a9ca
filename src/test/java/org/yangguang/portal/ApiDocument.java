package org.yangguang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;

import tools.jackson.databind.JsonNode;

/** The live {@code /api/v1/openapi} document, read as the integrators read it, with its operations listed. */
record ApiDocument(JsonNode root) {

	static final String PROBLEM_REF = "#/components/schemas/Problem";

	/** One documented operation: {@code GET /api/v1/documents/{id}}. */
	record Operation(String method, String path, JsonNode node) {

		@Override
		public String toString() {
			return method + " " + path;
		}

		boolean secured() {
			for (JsonNode requirement : node.path("security")) {
				if (requirement.has("bearerAuth")) {
					return true;
				}
			}
			return false;
		}

		/** The documented media types of {@code status}, empty when the status is not documented. */
		List<String> mediaTypes(int status) {
			List<String> types = new ArrayList<>();
			node.path("responses").path(String.valueOf(status)).path("content").propertyNames().forEach(types::add);
			return types;
		}

		boolean documents(int status) {
			return node.path("responses").has(String.valueOf(status));
		}
	}

	static ApiDocument fetch(TestRestTemplate rest) {
		ResponseEntity<String> response = rest.getForEntity("/api/v1/openapi", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		return new ApiDocument(Api.read(response));
	}

	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (!operation.getKey().equals("parameters")) {
					operations.add(new Operation(operation.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
							operation.getValue()));
				}
			}
		}
		return operations;
	}
}
