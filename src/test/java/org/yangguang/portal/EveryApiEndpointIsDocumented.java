package org.yangguang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Integrators read {@code /api/v1/openapi}: every {@code /api/v1} method and path of the application is in it, with a
 * summary and a described module tag; operations that change something or need a token document their errors as
 * problem+json; nothing is documented as {@code *}{@code /*}. A new endpoint without its annotations fails here.
 */
@IntegrationTest
class EveryApiEndpointIsDocumented {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	ApiDocument document;

	@BeforeEach
	void fetch() {
		document = ApiDocument.fetch(rest);
	}

	@Test
	void everyApiMethodAndPathIsInTheDocument() {
		Set<String> documented = new HashSet<>();
		document.operations().forEach(o -> documented.add(o.toString()));

		Set<String> missing = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			if (mapping.getValue().getBeanType().getPackageName().startsWith("org.springdoc")) {
				continue;
			}
			for (String path : mapping.getKey().getPatternValues()) {
				if (!path.startsWith("/api/v1/")) {
					continue;
				}
				var methods = mapping.getKey().getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					missing.add("ANY " + path + " (" + mapping.getValue() + " names no HTTP method)");
				}
				methods.forEach(m -> {
					String endpoint = m.name() + " " + withoutRegex(path);
					if (!documented.contains(endpoint)) {
						missing.add(endpoint + " (" + mapping.getValue() + ")");
					}
				});
			}
		}
		assertThat(missing).as("API endpoints missing from /api/v1/openapi").isEmpty();
		assertThat(documented).as("the document lists the API").hasSizeGreaterThan(40);
	}

	@Test
	void everyOperationHasASummaryAndADescribedModuleTag() {
		Set<String> describedTags = new HashSet<>();
		for (JsonNode tag : document.root().path("tags")) {
			if (!tag.path("description").asString("").isBlank()) {
				describedTags.add(tag.path("name").asString());
			}
		}
		List<String> failures = new ArrayList<>();
		for (ApiDocument.Operation operation : document.operations()) {
			if (operation.node().path("summary").asString("").isBlank()) {
				failures.add(operation + " has no summary");
			}
			JsonNode tags = operation.node().path("tags");
			if (tags.isEmpty()) {
				failures.add(operation + " has no tag");
			}
			for (JsonNode tag : tags) {
				if (!describedTags.contains(tag.asString())) {
					failures.add(operation + " has the tag '" + tag.asString() + "' that no @Tag describes");
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void operationsThatChangeSomethingOrNeedATokenDocumentTheirProblems() {
		List<String> failures = new ArrayList<>();
		for (ApiDocument.Operation operation : document.operations()) {
			boolean documentsAProblem = false;
			for (Map.Entry<String, JsonNode> response : operation.node().path("responses").properties()) {
				int status = Integer.parseInt(response.getKey());
				if (status < 400) {
					continue;
				}
				JsonNode problem = response.getValue().path("content").path("application/problem+json");
				if (!ApiDocument.PROBLEM_REF.equals(problem.path("schema").path("$ref").asString(""))) {
					failures.add(operation + " documents " + status + " without the Problem schema as problem+json");
				}
				else {
					documentsAProblem = true;
				}
			}
			if (!documentsAProblem && (!operation.method().equals("GET") || operation.secured())) {
				failures.add(operation + " documents no error response");
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void everyOperationDocumentsASuccessAndNoResponseIsAnyMediaType() {
		List<String> failures = new ArrayList<>();
		for (ApiDocument.Operation operation : document.operations()) {
			boolean success = false;
			for (Map.Entry<String, JsonNode> response : operation.node().path("responses").properties()) {
				success |= response.getKey().startsWith("2");
				if (response.getValue().path("content").has("*/*")) {
					failures.add(operation + " documents " + response.getKey() + " as */*");
				}
			}
			if (!success) {
				failures.add(operation + " documents no successful response");
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void theProblemSchemaHasTheFieldsOfOurProblems() {
		JsonNode problem = document.root().path("components").path("schemas").path("Problem").path("properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "reference",
				"code", "errors");
	}

	/** {@code /{id:\d+}} is documented as {@code /{id}}. */
	private static String withoutRegex(String path) {
		return path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
	}
}
