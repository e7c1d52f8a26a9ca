package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;

import tools.jackson.databind.JsonNode;

/** Information requests through the JSON API, as the tests of this module use them. */
final class RequestApi {

	final Api api;

	RequestApi(Api api) {
		this.api = api;
	}

	/** {@code user} applies online to the agency with {@code code}; returns the tracking number. */
	String apply(String user, String code, String description) {
		ResponseEntity<String> r = api.post("/api/v1/requests", Map.of("agency", code, "applicantType",
				"natural_person", "description", description, "delivery", "online"), user);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		return Api.read(r).get("trackingNo").asString();
	}

	JsonNode get(String trackingNo, String user) {
		ResponseEntity<String> r = api.get("/api/v1/requests/" + trackingNo, user);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
		return Api.read(r);
	}

	ResponseEntity<String> step(String trackingNo, String step, Map<String, ?> body, String user) {
		return api.post("/api/v1/requests/" + trackingNo + "/" + step, body == null ? Map.of() : body, user);
	}

	/** The same step, which must succeed (2xx); returns the request afterwards. */
	JsonNode ok(String trackingNo, String step, Map<String, ?> body, String user) {
		ResponseEntity<String> r = step(trackingNo, step, body, user);
		assertThat(r.getStatusCode().is2xxSuccessful()).as(step + ": " + r.getBody()).isTrue();
		return Api.read(r);
	}

	static Map<String, Object> body(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
