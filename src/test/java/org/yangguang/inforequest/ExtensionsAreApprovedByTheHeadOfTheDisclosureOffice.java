package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.RequestApi.body;

import java.time.Clock;
import java.time.LocalDate;

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
 * 条例第三十三条第二款: an extension is approved by the head of the disclosure office (负责人). {@code office} is the
 * head; {@code office2} works in the same office with the same role but is not, and is refused (403).
 */
@IntegrationTest
class ExtensionsAreApprovedByTheHeadOfTheDisclosureOffice {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	RequestApi requests;

	@BeforeEach
	void setUp() {
		requests = new RequestApi(new Api(rest));
	}

	private static java.util.List<String> actions(JsonNode request) {
		java.util.List<String> keys = new java.util.ArrayList<>();
		request.get("actions").forEach(a -> keys.add(a.asString()));
		return keys;
	}

	@Test
	void anotherMemberOfTheOfficeMayNotGrantAnExtension() {
		String no = requests.apply("citizen1", "520329-JYJ", "全县校车运营补贴发放明细");
		requests.step(no, "extend", body("workingDays", 10, "reason", "涉及多所学校"), "clerk");

		ResponseEntity<String> byOffice2 = requests.step(no, "extend", body("workingDays", 10, "reason", "涉及多所学校"),
				"office2");
		assertThat(byOffice2.getStatusCode().value()).isEqualTo(403);
		assertThat(requests.step(no, "extend/refuse", body("reason", "不同意"), "office2").getStatusCode().value())
			.isEqualTo(403);
		assertThat(requests.get(no, "office2").get("extension").get("status").asString()).isEqualTo("proposed");
		assertThat(actions(requests.get(no, "office2"))).doesNotContain("grant-extension", "refuse-extension");
		assertThat(actions(requests.get(no, "office"))).contains("grant-extension", "refuse-extension");

		JsonNode granted = requests.ok(no, "extend", body("workingDays", 10, "reason", "涉及多所学校"), "office");
		assertThat(granted.get("extension").get("status").asString()).isEqualTo("granted");
		LocalDate today = LocalDate.now(clock);
		assertThat(granted.get("deadline").asString()).isEqualTo(calendar.deadline(today, 30).deadline().toString());
	}
}
