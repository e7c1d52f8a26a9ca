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

	/** Publishes a promised item of 余庆县教育局 of its own (two required materials) as admin; returns its code. */
	String publishOwnItem(String name) {
		String code = "520329-JYJ-T" + Long.toString(System.nanoTime(), 36).toUpperCase();
		Map<String, Object> g = new HashMap<>();
		g.put("code", code);
		g.put("name", name);
		g.put("type", "PUBLIC_SERVICE");
		g.put("department", "520329-JYJ");
		g.put("implementingBody", "余庆县教育局");
		g.put("legalBasis", "《中华人民共和国教育法》");
		g.put("conditions", "本县户籍或常住居民");
		g.put("statutoryDays", 15);
		g.put("promisedDays", 5);
		g.put("kind", "promised");
		g.put("steps", Map.of("review", 2, "decide", 1, "certify", 1, "deliver", 1));
		g.put("channels", List.of("WINDOW", "ONLINE"));
		g.put("visits", 0);
		g.put("onlineDepth", 4);
		g.put("materials", List.of(Map.of("id", 1, "name", "申请表", "required", true),
				Map.of("id", 2, "name", "户口簿", "required", true)));
		g.put("result", Map.of("name", "办理结果告知书", "type", "OTHER"));
		g.put("targetUsers", List.of("PERSON"));
		g.put("lifeEvents", List.of("SCHOOL"));
		ResponseEntity<String> r = api.post("/api/v1/service-items", Map.of("guide", g, "note", "测试"), "admin");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		return code;
	}

	/** A case of the item taken to the end: applied by citizen1 with all materials, accepted, decided, delivered. */
	String closedCase(String item) {
		String caseNo = apply("citizen1", item, List.of(1, 2));
		ok(caseNo, "accept", "window");
		ok(caseNo, "decide", "clerk", "approved", true);
		ok(caseNo, "deliver", "window", "method", "window");
		return caseNo;
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
