package org.yangguang.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;

import tools.jackson.databind.JsonNode;

/** The service-centre API as the tests call it: items, applications and their steps. */
final class ServiceCaseApi {

	final Api api;

	ServiceCaseApi(Api api) {
		this.api = api;
	}

	/** The first item of the department with the given kind that has at least two required materials. */
	JsonNode item(String department, String kind) {
		for (JsonNode row : Api.read(api.get("/api/v1/service-items?dept=" + department, null)).get("items")) {
			if (!row.get("kind").asString().equals(kind)) {
				continue;
			}
			JsonNode guide = guide(row.get("code").asString());
			if (required(guide).size() >= 2 && (guide.get("jointTasks") == null || guide.get("jointTasks").isEmpty())) {
				return guide;
			}
		}
		throw new AssertionError("no " + kind + " item of " + department + " with two required materials");
	}

	JsonNode guide(String code) {
		return Api.read(api.get("/api/v1/service-items/" + code, null));
	}

	static List<Integer> required(JsonNode guide) {
		List<Integer> ids = new ArrayList<>();
		for (JsonNode m : guide.get("materials")) {
			if (m.get("required").asBoolean()) {
				ids.add(m.get("id").asInt());
			}
		}
		return ids;
	}

	/** Applies as {@code citizen} and returns the case number (asserting 201 and status submitted). */
	String apply(String citizen, String item, List<Integer> materials) {
		ResponseEntity<String> r = api.post("/api/v1/applications", Map.of("item", item, "materials", materials),
				citizen);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		JsonNode created = Api.read(r);
		assertThat(created.get("status").asString()).isEqualTo("submitted");
		return created.get("caseNo").asString();
	}

	ResponseEntity<String> step(String caseNo, String step, String user, Object... keyValues) {
		Map<String, Object> body = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			body.put((String) keyValues[i], keyValues[i + 1]);
		}
		return api.post("/api/v1/applications/" + caseNo + "/" + step, body, user);
	}

	/** A step that must succeed; returns the case afterwards. */
	JsonNode ok(String caseNo, String step, String user, Object... keyValues) {
		ResponseEntity<String> r = step(caseNo, step, user, keyValues);
		assertThat(r.getStatusCode().value()).as(step + ": " + r.getBody()).isEqualTo(200);
		return Api.read(r);
	}

	JsonNode get(String caseNo, String user) {
		ResponseEntity<String> r = api.get("/api/v1/applications/" + caseNo, user);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
		return Api.read(r);
	}
}
