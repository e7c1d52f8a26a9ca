package org.yangguang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 听证会 through the API: the education bureau announces one with its seats and selection rule; a citizen registers
 * once (again: 409); staff do not register; the public sees how many registered, not who; the organisation sees the
 * registrants; a press conference takes no registrations.
 */
@IntegrationTest
class HearingsAreAnnouncedAndRegisteredForThroughTheApi {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Clock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void aHearingIsAnnouncedRegisteredForOnceAndItsRegistrantsSeenOnlyByTheOrganisation() {
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "hearing");
		body.put("title", "城区学校课后服务收费标准听证会");
		body.put("org", "520329-JYJ");
		body.put("heldAt", today.plusDays(20) + "T09:30:00");
		body.put("place", "县教育局三楼会议室");
		body.put("capacity", 15);
		body.put("rule", "lottery");
		body.put("registrationClosesOn", today.plusDays(10).toString());
		ResponseEntity<String> created = api.post("/api/v1/hearings", body, "clerk");
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		long id = Api.read(created).get("id").asLong();
		assertThat(api.post("/api/v1/hearings", body, "citizen1").getStatusCode().value()).isEqualTo(403);

		assertThat(api.post("/api/v1/hearings/" + id + "/registrations", Map.of("statement", "建议按成本核定收费"),
				"citizen1").getStatusCode().value()).isEqualTo(200);
		assertThat(api.post("/api/v1/hearings/" + id + "/registrations", Map.of(), "citizen1").getStatusCode().value())
			.isEqualTo(409);
		assertThat(api.post("/api/v1/hearings/" + id + "/registrations", Map.of(), "clerk").getStatusCode().value())
			.isEqualTo(403);
		assertThat(api.post("/api/v1/hearings/" + id + "/select", Map.of(), "clerk").getStatusCode().value())
			.as("not before the registration closes").isEqualTo(409);

		JsonNode visitor = Api.read(api.get("/api/v1/hearings/" + id, null));
		assertThat(visitor.get("registered").asInt()).isEqualTo(1);
		assertThat(visitor.get("registrants").size()).isZero();
		assertThat(visitor.get("rule").asString()).isEqualTo("lottery");
		JsonNode staff = Api.read(api.get("/api/v1/hearings/" + id, "clerk"));
		assertThat(staff.get("registrants").get(0).get("statement").asString()).isEqualTo("建议按成本核定收费");
		assertThat(Api.read(api.get("/api/v1/hearings/" + id, "citizen1")).get("mine")).isNotNull();

		body.put("kind", "press-conference");
		body.put("capacity", 0);
		body.remove("rule");
		body.remove("registrationClosesOn");
		long press = Api.read(api.post("/api/v1/hearings", body, "clerk")).get("id").asLong();
		assertThat(api.post("/api/v1/hearings/" + press + "/registrations", Map.of(), "citizen1").getStatusCode()
			.value()).isEqualTo(409);
		body.put("kind", "hearing");
		body.put("capacity", 10);
		assertThat(api.post("/api/v1/hearings", body, "clerk").getStatusCode().value()).as("a rule is needed")
			.isEqualTo(400);
	}
}
