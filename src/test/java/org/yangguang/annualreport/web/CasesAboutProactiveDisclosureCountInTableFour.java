package org.yangguang.annualreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Table 四 counts reconsideration and litigation cases about proactive disclosure beside those about applications:
 * a case registered this year is 尚未审结 until its result is recorded, then counted under that result; only the
 * office or a leader with the organisation in scope registers one; bad input is refused.
 */
@IntegrationTest
class CasesAboutProactiveDisclosureCountInTableFour {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	@Autowired
	Clock clock;

	@Test
	void aCaseAboutProactiveDisclosureIsPendingThenCountedUnderItsResult() {
		Api api = new Api(rest);
		String suffix = Long.toString(System.nanoTime(), 36);
		Organisation org = organisations.create(new NewOrganisation("520329-F" + suffix, "复议统计局" + suffix,
				OrganisationKind.DEPARTMENT, organisations.getByCode("520329").id(), null, Organisation.Contact.NONE, 97));
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		JsonNode before = table4(api, org.code(), year).get("reconsideration");
		assertThat(before.get("total").asLong()).isZero();

		Map<String, Object> body = Map.of("org", org.code(), "kind", "reconsideration", "subject",
				"申请人认为本机关未按规定主动公开年度预算", "filedOn", today.toString());
		assertThat(api.post("/api/v1/reports/disclosure-cases", body, "clerk").getStatusCode().value())
			.as("a clerk of another organisation").isEqualTo(403);
		assertThat(api.post("/api/v1/reports/disclosure-cases", Map.of("org", org.code(), "kind", "reconsideration",
				"subject", " ", "filedOn", today.toString()), "office").getStatusCode().value()).isEqualTo(400);
		assertThat(api.post("/api/v1/reports/disclosure-cases", Map.of("org", org.code(), "kind", "appeal",
				"subject", "案由", "filedOn", today.toString()), "office").getStatusCode().value()).isEqualTo(400);
		ResponseEntity<String> created = api.post("/api/v1/reports/disclosure-cases", body, "office");
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		long id = Api.read(created).get("id").asLong();

		JsonNode pending = table4(api, org.code(), year).get("reconsideration");
		assertThat(pending.get("pending").asLong()).isEqualTo(1);
		assertThat(pending.get("total").asLong()).isEqualTo(1);

		assertThat(api.post("/api/v1/reports/disclosure-cases/" + id + "/decision", Map.of("result", "pending",
				"decidedOn", today.toString()), "office").getStatusCode().value()).isEqualTo(400);
		assertThat(api.post("/api/v1/reports/disclosure-cases/" + id + "/decision", Map.of("result", "corrected",
				"decidedOn", today.toString()), "office").getStatusCode().value()).isEqualTo(200);
		assertThat(api.post("/api/v1/reports/disclosure-cases/" + id + "/decision", Map.of("result", "maintained",
				"decidedOn", today.toString()), "office").getStatusCode().value()).isEqualTo(409);

		JsonNode decided = table4(api, org.code(), year).get("reconsideration");
		assertThat(decided.get("corrected").asLong()).isEqualTo(1);
		assertThat(decided.get("pending").asLong()).isZero();
		assertThat(decided.get("total").asLong()).isEqualTo(1);
		assertThat(Api.read(api.get("/api/v1/reports/disclosure-cases?org=" + org.code() + "&year=" + year, "office"))
			.get("items").get(0).get("subject").asString()).contains("年度预算");
	}

	private static JsonNode table4(Api api, String org, int year) {
		ResponseEntity<String> r = api.get("/api/v1/reports/annual?year=" + year + "&org=" + org, "office");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
		return Api.read(r).get("table4");
	}
}
