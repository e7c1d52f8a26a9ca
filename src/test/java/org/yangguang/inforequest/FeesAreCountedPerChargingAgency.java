package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.RequestApi.body;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号) through the API: the per-application count is kept per agency
 * applied to, and information already published proactively is never charged.
 */
@IntegrationTest
class FeesAreCountedPerChargingAgency {

	static final String NATURAL_RESOURCES = "520329-ZRJ";
	static final String CIVIL_AFFAIRS = "520329-MZJ";

	@Autowired
	TestRestTemplate rest;

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
	void applicationsToAnotherAgencyDoNotCountTowardsTheFreeTen() {
		String last = null;
		while (thisMonthAt(CIVIL_AFFAIRS) < 10) {
			requests.apply("citizen2", CIVIL_AFFAIRS, "民政局文件 " + thisMonthAt(CIVIL_AFFAIRS));
		}
		assertThat(thisMonthAt(NATURAL_RESOURCES)).as("precondition: at most ten this month").isLessThanOrEqualTo(10);
		while (thisMonthAt(NATURAL_RESOURCES) < 10) {
			last = requests.apply("citizen2", NATURAL_RESOURCES, "自然资源局文件 " + thisMonthAt(NATURAL_RESOURCES));
		}
		if (last != null) {
			// the tenth application to this agency: free, although the applicant has 20 or more this month in all
			ResponseEntity<String> free = requests.step(last, "fee-notice", body("method", "per_application"),
					"office");
			assertThat(free.getStatusCode().value()).as(free.getBody()).isEqualTo(400);
			assertThat(free.getBody()).contains("10");
		}

		String eleventh = requests.apply("citizen2", NATURAL_RESOURCES, "自然资源局文件 11");
		JsonNode charged = requests.ok(eleventh, "fee-notice", body("method", "per_application"), "office");
		assertThat(charged.get("fee").get("quantity").asInt()).isEqualTo(11);
		assertThat(charged.get("fee").get("amountYuan").asInt()).isEqualTo(100);
	}

	@Test
	void informationAlreadyPublishedIsNeverCharged() {
		String no = requests.apply("citizen1", "520329-JYJ", "已在网站公开的2024年部门预算");
		ResponseEntity<String> forPublished = requests.step(no, "fee-notice",
				body("method", "per_page", "pages", 80, "replyType", "already_disclosed"), "clerk");
		assertThat(forPublished.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(forPublished).get("errors").get(0).get("field").asString()).isEqualTo("replyType");

		requests.ok(no, "fee-notice", body("method", "per_page", "pages", 80, "replyType", "disclosed"), "clerk");
		requests.ok(no, "fee-paid", null, "clerk");
		ResponseEntity<String> publishedReply = requests.step(no, "reply", body("outcome", "granted", "replyType",
				"already_disclosed", "body", "请在县政府网站财政预决算栏目查阅"), "clerk");
		assertThat(publishedReply.getStatusCode().value()).isEqualTo(400);

		JsonNode replied = requests.ok(no, "reply",
				body("outcome", "granted", "replyType", "disclosed", "body", "见附件"), "clerk");
		assertThat(replied.get("replyType").asString()).isEqualTo("disclosed");
	}

	private long thisMonthAt(String agency) {
		YearMonth month = YearMonth.from(LocalDate.now(clock));
		JsonNode mine = Api.read(api.get("/api/v1/requests", "citizen2"));
		long n = 0;
		for (JsonNode row : mine) {
			if (agency.equals(row.get("agency").asString())
					&& YearMonth.from(LocalDate.parse(row.get("receivedOn").asString())).equals(month)) {
				n++;
			}
		}
		return n;
	}
}
