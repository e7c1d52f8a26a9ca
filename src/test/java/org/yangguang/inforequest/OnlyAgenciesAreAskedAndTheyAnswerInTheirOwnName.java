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
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 条例第二条、第十条、第五十五条: applications go to administrative agencies only — a village committee or a school is
 * refused with where to turn instead. 条例第三十六条: the agency applied to answers in its own name and counts the
 * request; it may give the work to its own unit (承办), never transfer it to another agency.
 */
@IntegrationTest
class OnlyAgenciesAreAskedAndTheyAnswerInTheirOwnName {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	Clock clock;

	Api api;
	RequestApi requests;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		requests = new RequestApi(api);
	}

	private ResponseEntity<String> applyTo(String code) {
		return api.post("/api/v1/requests", Map.of("agency", code, "applicantType", "natural_person", "description",
				"村集体经济收支明细", "delivery", "online"), "citizen1");
	}

	@Test
	void aVillageCommitteeIsNotAnAgencyAndTheApplicantIsPointedToItsVillageAffairs() {
		ResponseEntity<String> r = applyTo("520329001001");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		JsonNode problem = Api.read(r);
		assertThat(problem.get("code").asString()).isEqualTo("inforequest.error.addressee.village");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("agency");
		assertThat(r.getBody()).contains("村务公开").contains("/disclosure/org/520329001001/village-affairs");
	}

	@Test
	void aSchoolDisclosesUnderItsOwnRulesNotUnderTheRegulation() {
		ResponseEntity<String> r = applyTo("520329-YZ");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(r).get("code").asString()).isEqualTo("inforequest.error.addressee.publicInstitution");
		assertThat(r.getBody()).contains("公共企事业单位").contains("第五十五条");
		assertThat(applyTo("520329-ZLS").getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void theOrganisationsSayWhetherTheyAcceptApplicationsAndTheAdministratorMayChangeIt() {
		JsonNode list = Api.read(api.get("/api/v1/organisations", null));
		Map<String, Boolean> accepts = new java.util.HashMap<>();
		list.forEach(o -> accepts.put(o.get("code").asString(), o.get("acceptsApplications").asBoolean()));
		assertThat(accepts).containsEntry("520329", true).containsEntry("520329-JYJ", true)
			.containsEntry("520329001", true).containsEntry("520329001001", false).containsEntry("520329-YZ", false)
			.containsEntry("520329-RMYY", false).containsEntry("520329-GDJ", false);

		long hospital = organisations.getByCode("520329-RMYY").id();
		ResponseEntity<String> byOffice = api.put("/api/v1/organisations/" + hospital + "/accepts-applications",
				Map.of("acceptsApplications", true), "office");
		assertThat(byOffice.getStatusCode().value()).isEqualTo(403);
		ResponseEntity<String> byAdmin = api.put("/api/v1/organisations/" + hospital + "/accepts-applications",
				Map.of("acceptsApplications", true, "reason", "法律授权行使公共职能"), "admin");
		assertThat(byAdmin.getStatusCode().value()).as(byAdmin.getBody()).isEqualTo(200);
		try {
			assertThat(Api.read(byAdmin).get("acceptsApplications").asBoolean()).isTrue();
			assertThat(applyTo("520329-RMYY").getStatusCode().value()).isEqualTo(201);
		}
		finally {
			api.put("/api/v1/organisations/" + hospital + "/accepts-applications",
					Map.of("acceptsApplications", false, "reason", "恢复"), "admin");
		}
		assertThat(organisations.get(hospital).acceptsApplications()).isFalse();
	}

	@Test
	void theAgencyAppliedToStaysTheAgencyAndItsUnitHandlesIt() {
		String no = requests.apply("citizen2", "520329", "县政府2026年民生实事项目清单");
		JsonNode registered = requests.get(no, "citizen2");
		assertThat(registered.get("agency").asString()).isEqualTo("520329");
		assertThat(registered.has("handlingUnit")).isFalse();

		JsonNode assigned = requests.ok(no, "assign", body("agency", "520329-JYJ"), "office");
		assertThat(assigned.get("agency").asString()).isEqualTo("520329");
		assertThat(assigned.get("agencyName").asString()).isEqualTo("余庆县人民政府");
		assertThat(assigned.get("handlingUnit").asString()).isEqualTo("520329-JYJ");
		JsonNode asApplicant = requests.get(no, "citizen2");
		assertThat(asApplicant.get("agency").asString()).isEqualTo("520329");
		assertThat(asApplicant.get("handlingUnit").asString()).isEqualTo("520329-JYJ");

		int year = LocalDate.now(clock).getYear();
		long county = organisations.getByCode("520329").id();
		long education = organisations.getByCode("520329-JYJ").id();
		long before = total(statistics.annualFigures(year, java.util.List.of(county)));
		long departmentBefore = total(statistics.annualFigures(year, java.util.List.of(education)));
		JsonNode replied = requests.ok(no, "reply", body("outcome", "granted", "body", "见附件清单"), "clerk");
		assertThat(replied.get("agency").asString()).isEqualTo("520329");
		// counted once, in the report of the government applied to, not in the handling department's
		assertThat(total(statistics.annualFigures(year, java.util.List.of(county)))).isEqualTo(before + 1);
		assertThat(total(statistics.annualFigures(year, java.util.List.of(education)))).isEqualTo(departmentBefore);
	}

	@Test
	void anApplicationIsNotTransferredToAnotherAgency() {
		String no = requests.apply("citizen1", "520329-JYJ", "县民政局低保审批材料");
		ResponseEntity<String> transfer = requests.step(no, "assign", body("agency", "520329-MZJ"), "office");
		assertThat(transfer.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(transfer).get("code").asString()).isEqualTo("inforequest.error.noTransfer");
		assertThat(transfer.getBody()).contains("第三十六条");

		JsonNode referred = requests.ok(no, "reply", body("outcome", "unable.notHeld", "replyType", "other_agency",
				"body", "请向余庆县民政局申请", "otherAgencyName", "余庆县民政局"), "clerk");
		assertThat(referred.get("agency").asString()).isEqualTo("520329-JYJ");
		// the contact is taken from the organisation tree where staff did not give it
		assertThat(referred.get("otherAgencyContact").asString())
			.contains(organisations.getByCode("520329-MZJ").contact().phone());

		String unknown = requests.apply("citizen1", "520329-JYJ", "某外省企业的内部资料");
		JsonNode undetermined = requests.ok(unknown, "reply", body("outcome", "unable.notHeld", "replyType",
				"other_agency", "ground", "经核实，该信息不属于本机关负责公开，无法确定负责公开的机关", "body", "特此告知"), "clerk");
		assertThat(undetermined.has("otherAgencyName")).isFalse();
	}

	private static long total(RequestYearFigures y) {
		return y.outcomes().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
	}
}
