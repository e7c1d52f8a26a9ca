package org.yangguang.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 回复率、办结率、满意率 on a hand-checked set of a department no other test uses (余庆县财政局): four tickets — one
 * replied and rated satisfied (closed), one replied and rated dissatisfied (reopened), one accepted, one dispatched.
 * By hand: received 4, replied 2, completed 1, rated 2, satisfied 1 → 0.5, 0.25, 0.5.
 */
@IntegrationTest
class RatesAreCountedFromTheTickets {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	void theRatesOfAHandCheckedSet() {
		Api api = new Api(rest);
		String clerk = "czj" + Long.toString(System.nanoTime(), 36);
		accounts.createStaff(clerk, "财政局经办人", organisations.getByCode("520329-CZJ").id(), EnumSet.of(Role.CLERK),
				Api.DEMO_PASSWORD);
		String satisfied = dispatched(api);
		answer(api, satisfied, clerk);
		ok(api, satisfied, "rate", "operator", Map.of("result", "satisfied"));
		String dissatisfied = dispatched(api);
		answer(api, dissatisfied, clerk);
		ok(api, dissatisfied, "rate", "operator", Map.of("result", "dissatisfied"));
		String accepted = dispatched(api);
		ok(api, accepted, "accept", clerk, Map.of());
		dispatched(api);

		JsonNode stats = Api.read(api.get("/api/v1/stats/appeals?dept=520329-CZJ", null));
		assertThat(stats.get("received").asLong()).isEqualTo(4);
		assertThat(stats.get("replied").asLong()).isEqualTo(2);
		assertThat(stats.get("completed").asLong()).isEqualTo(1);
		assertThat(stats.get("satisfied").asLong()).isEqualTo(1);
		assertThat(stats.get("replyRate").asDouble()).isEqualTo(0.5);
		assertThat(stats.get("completionRate").asDouble()).isEqualTo(0.25);
		assertThat(stats.get("satisfactionRate").asDouble()).isEqualTo(0.5);
		assertThat(stats.get("formulas").has("satisfactionRate")).isTrue();
	}

	private String dispatched(Api api) {
		ResponseEntity<String> r = api.post("/api/v1/appeals", Map.of("type", "consultation", "channel", "hotline",
				"title", "咨询惠农补贴发放", "content", "耕地地力保护补贴什么时候发放？", "caller",
				Map.of("name", "钱进", "phone", "13700001111")), "operator");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		String no = Api.read(r).get("ticketNo").asString();
		ok(api, no, "dispatch", "operator", Map.of("department", "520329-CZJ"));
		return no;
	}

	private void answer(Api api, String no, String clerk) {
		ok(api, no, "accept", clerk, Map.of());
		ok(api, no, "reply", clerk, Map.of("content", "补贴资金已于本月拨付至乡镇，预计月底前发放到户。"));
	}

	private static void ok(Api api, String no, String step, String user, Map<String, Object> body) {
		ResponseEntity<String> r = api.post("/api/v1/appeals/" + no + "/" + step, body, user);
		assertThat(r.getStatusCode().value()).as(step + ": " + r.getBody()).isEqualTo(200);
	}
}
