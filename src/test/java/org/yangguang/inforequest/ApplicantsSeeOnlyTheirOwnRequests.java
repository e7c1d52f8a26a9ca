package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.RequestApi.body;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Applying online through the API: the tracking number, the date of receipt (today) and the reply deadline in
 * working days; only the applicant and staff in scope see the request, everyone else is told it does not exist.
 */
@IntegrationTest
class ApplicantsSeeOnlyTheirOwnRequests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	RequestApi requests;
	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		requests = new RequestApi(api);
	}

	@Test
	void anOnlineApplicationIsReceivedTodayWithTwentyWorkingDaysToReply() {
		ResponseEntity<String> r = api.post("/api/v1/requests", Map.of("agency", "520329-JYJ", "applicantType",
				"natural_person", "description", "2025年余庆中学校服采购合同", "delivery", "email"), "citizen1");

		assertThat(r.getStatusCode().value()).isEqualTo(201);
		JsonNode created = Api.read(r);
		String no = created.get("trackingNo").asString();
		LocalDate today = LocalDate.now(clock);
		assertThat(no).matches("YSQ" + today.getYear() + "\\d{6}");
		assertThat(r.getHeaders().getLocation()).hasToString("/api/v1/requests/" + no);
		assertThat(created.get("receivedOn").asString()).isEqualTo(today.toString());
		assertThat(created.get("deadline").asString()).isEqualTo(calendar.deadline(today, 20).deadline().toString());

		JsonNode request = requests.get(no, "citizen1");
		assertThat(request.get("status").asString()).isEqualTo("in_progress");
		assertThat(request.get("agency").asString()).isEqualTo("520329-JYJ");
		assertThat(request.get("delivery").asString()).isEqualTo("email");
		assertThat(request.get("form").asString()).isEqualTo("electronic");
		assertThat(request.get("applicant").get("name").asString()).isEqualTo("张*");
		assertThat(request.get("events").get(0).get("action").asString()).isEqualTo("registered");
		assertThat(request.get("url").asString()).isEqualTo("/account/requests/" + no);
		assertThat(request.get("explanation").get("countedDays").size()).isEqualTo(20);
	}

	@Test
	void anotherCitizenAndStaffOutOfScopeAreToldItDoesNotExist() {
		String no = requests.apply("citizen1", "520329-JYJ", "余庆县教育局2025年部门预算");

		assertThat(api.get("/api/v1/requests/" + no, "citizen2").getStatusCode().value()).isEqualTo(404);
		assertThat(api.get("/api/v1/requests/" + no + "/letter.pdf", "citizen2").getStatusCode().value())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/requests/" + no, "window").getStatusCode().value()).isEqualTo(404);
		assertThat(api.get("/api/v1/requests/" + no, null).getStatusCode().value()).isEqualTo(401);
		assertThat(api.get("/api/v1/requests/" + no, "clerk").getStatusCode().value()).isEqualTo(200);
		assertThat(api.get("/api/v1/requests/" + no, "office").getStatusCode().value()).isEqualTo(200);
		assertThat(api.get("/api/v1/requests/YSQ2026999999", "citizen1").getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void theApplicantListsOnlyTheirOwn() {
		String mine = requests.apply("citizen2", "520329-JYJ", "李娜的申请：学区划分文件");
		JsonNode list = Api.read(api.get("/api/v1/requests", "citizen2"));
		assertThat(list.findValuesAsString("trackingNo")).contains(mine);
		JsonNode other = Api.read(api.get("/api/v1/requests", "citizen1"));
		assertThat(other.findValuesAsString("trackingNo")).doesNotContain(mine);
	}

	@Test
	void anApplicationToTheGovernmentWaitsForTheOfficeAndKeepsItsDateOfReceipt() {
		String no = requests.apply("citizen1", "520329", "县政府2025年重点项目清单");
		JsonNode registered = requests.get(no, "citizen1");
		assertThat(registered.get("status").asString()).isEqualTo("registered");
		assertThat(api.get("/api/v1/requests/" + no, "clerk").getStatusCode().value()).isEqualTo(404);

		JsonNode assigned = requests.ok(no, "assign", body("agency", "520329-JYJ"), "office");

		assertThat(assigned.get("status").asString()).isEqualTo("in_progress");
		// 条例第三十六条: the agency applied to stays the agency; the department handles it as its unit
		assertThat(assigned.get("agency").asString()).isEqualTo("520329");
		assertThat(assigned.get("handlingUnit").asString()).isEqualTo("520329-JYJ");
		assertThat(assigned.get("addressedTo").asString()).isEqualTo("520329");
		assertThat(assigned.get("receivedOn").asString()).isEqualTo(registered.get("receivedOn").asString());
		assertThat(assigned.get("deadline").asString()).isEqualTo(registered.get("deadline").asString());
		assertThat(api.get("/api/v1/requests/" + no, "clerk").getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void everyMissingOrUnknownValueIsNamed() {
		ResponseEntity<String> noInformation = api.post("/api/v1/requests",
				Map.of("agency", "520329-JYJ", "applicantType", "natural_person", "delivery", "online"), "citizen1");
		assertThat(noInformation.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(noInformation).get("errors").get(0).get("field").asString()).isEqualTo("description");

		ResponseEntity<String> unknownAgency = api.post("/api/v1/requests", Map.of("agency", "999999",
				"applicantType", "natural_person", "description", "x", "delivery", "online"), "citizen1");
		assertThat(Api.read(unknownAgency).get("errors").get(0).get("field").asString()).isEqualTo("agency");

		ResponseEntity<String> badType = api.post("/api/v1/requests", Map.of("agency", "520329-JYJ",
				"applicantType", "alien", "description", "x", "delivery", "online"), "citizen1");
		assertThat(Api.read(badType).get("errors").get(0).get("field").asString()).isEqualTo("applicantType");

		ResponseEntity<String> badDelivery = api.post("/api/v1/requests", Map.of("agency", "520329-JYJ",
				"applicantType", "natural_person", "description", "x", "delivery", "pigeon"), "citizen1");
		assertThat(Api.read(badDelivery).get("errors").get(0).get("field").asString()).isEqualTo("delivery");
	}

	@Test
	void anOrganisationAppliesUnderItsColumnOfTheReport() {
		ResponseEntity<String> r = api.post("/api/v1/requests", Map.of("agency", "520329-ZRJ", "applicantType",
				"legal_service", "description", "某地块出让合同", "delivery", "post", "orgName", "贵州某律师事务所"), "citizen2");
		assertThat(r.getStatusCode().value()).isEqualTo(201);
		JsonNode request = requests.get(Api.read(r).get("trackingNo").asString(), "citizen2");
		assertThat(request.get("applicantType").asString()).isEqualTo("legal_service");
		assertThat(request.get("applicant").get("name").asString()).isEqualTo("贵州某律师事务所");
		assertThat(request.get("form").asString()).isEqualTo("paper");
	}

	@Test
	void staffRegisterApplicationsOnTheWorkbenchNotThroughTheCitizensApi() {
		ResponseEntity<String> r = api.post("/api/v1/requests", Map.of("agency", "520329-JYJ", "applicantType",
				"natural_person", "description", "x", "delivery", "online"), "clerk");
		assertThat(r.getStatusCode().value()).isEqualTo(403);
	}
}
