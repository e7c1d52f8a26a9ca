package org.yangguang.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoReport v2 client written from the public specification (wiki.open311.org/GeoReport_v2): discovery, the
 * service list, a service definition, POST service request (form-encoded, api_key required, location required),
 * GET service request(s) with filters, tokens, errors as an array of {code, description}, and XML.
 */
@IntegrationTest
class Open311ClientFollowsGeoReportV2 {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String BASE = "/open311/v2";

	@Autowired
	TestRestTemplate rest;

	@Test
	void aClientDiscoversTheServicesPostsARequestAndFollowsIt() {
		JsonNode discovery = get(BASE + "/discovery.json");
		assertThat(discovery.get("endpoints").get(0).get("specification").asString()).contains("GeoReport_v2");

		JsonNode services = get(BASE + "/services.json");
		assertThat(services.isArray()).isTrue();
		JsonNode first = services.get(0);
		for (String field : new String[] { "service_code", "service_name", "description", "metadata", "type",
				"keywords", "group" }) {
			assertThat(first.has(field)).as(field).isTrue();
		}
		String code = null;
		for (JsonNode s : services) {
			if (s.get("metadata").asBoolean()) {
				code = s.get("service_code").asString();
			}
		}
		JsonNode definition = get(BASE + "/services/" + code + ".json");
		assertThat(definition.get("service_code").asString()).isEqualTo(code);
		assertThat(definition.get("attributes").get(0).has("variable")).isTrue();

		ResponseEntity<String> posted = post(form("api_key", "demo-open311-key", "service_code", code, "lat",
				"27.2285", "long", "107.8801", "description", "路灯损坏，夜间无照明", "first_name", "明", "last_name", "李",
				"phone", "13985200000"));
		assertThat(posted.getStatusCode().value()).as(posted.getBody()).isEqualTo(200);
		JsonNode created = read(posted.getBody()).get(0);
		String id = created.get("service_request_id").asString();
		assertThat(id).isNotBlank();

		JsonNode request = get(BASE + "/requests/" + id + ".json").get(0);
		assertThat(request.get("service_request_id").asString()).isEqualTo(id);
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("service_code").asString()).isEqualTo(code);
		assertThat(request.get("lat").asDouble()).isEqualTo(27.2285);
		assertThat(request.has("requested_datetime")).isTrue();

		JsonNode search = get(BASE + "/requests.json?service_code=" + code + "&status=open");
		assertThat(search.toString()).contains(id);
		assertThat(get(BASE + "/requests.json?service_request_id=" + id).size()).isEqualTo(1);
		assertThat(get(BASE + "/tokens/" + id + ".json").get(0).get("service_request_id").asString()).isEqualTo(id);

		ResponseEntity<String> xml = rest.getForEntity(BASE + "/requests/" + id + ".xml", String.class);
		assertThat(xml.getHeaders().getContentType().toString()).contains("xml");
		assertThat(xml.getBody()).contains("<service_requests><request><service_request_id>" + id);
	}

	@Test
	void errorsAreAnArrayOfCodeAndDescriptionWithTheMatchingStatus() {
		ResponseEntity<String> noKey = post(form("service_code", "complaint", "lat", "27.2", "long", "107.8",
				"description", "测试"));
		assertThat(noKey.getStatusCode().value()).isEqualTo(403);
		assertThat(read(noKey.getBody()).get(0).get("code").asInt()).isEqualTo(403);
		assertThat(read(noKey.getBody()).get(0).get("description").asString()).isNotBlank();

		ResponseEntity<String> unknown = post(form("api_key", "demo-open311-key", "service_code", "potholes",
				"lat", "27.2", "long", "107.8", "description", "测试"));
		assertThat(unknown.getStatusCode().value()).isEqualTo(400);

		ResponseEntity<String> nowhere = post(form("api_key", "demo-open311-key", "service_code", "complaint",
				"description", "没有地点"));
		assertThat(nowhere.getStatusCode().value()).isEqualTo(400);

		assertThat(rest.getForEntity(BASE + "/requests/SQ1999000000.json", String.class).getStatusCode().value())
			.isEqualTo(404);
	}

	private JsonNode get(String path) {
		ResponseEntity<String> r = rest.getForEntity(path, String.class);
		assertThat(r.getStatusCode().value()).as(path + " " + r.getBody()).isEqualTo(200);
		return read(r.getBody());
	}

	private ResponseEntity<String> post(MultiValueMap<String, String> form) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		return rest.postForEntity(BASE + "/requests.json", new HttpEntity<>(form, headers), String.class);
	}

	private static MultiValueMap<String, String> form(String... keyValues) {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			form.add(keyValues[i], keyValues[i + 1]);
		}
		return form;
	}

	private static JsonNode read(String body) {
		return JSON.readTree(body);
	}
}
