package org.yangguang.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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
 * 并联审批 through the API: one application fans out to three departments on their own budgets; one asks for a
 * supplement (every clock stops until the applicant supplies it); each decides its own task; one refusal refuses the
 * case and is explained in the one decision.
 */
@IntegrationTest
class JointApprovalWithThreeDepartmentsThroughTheApi {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	void threeDepartmentsDecideInParallelAndOneRefusalIsExplained() {
		Api api = new Api(rest);
		ServiceCaseApi cases = new ServiceCaseApi(api);
		String suffix = Long.toString(System.nanoTime(), 36);
		String market = clerk("bl1" + suffix, "520329-SJJ");
		String health = clerk("bl2" + suffix, "520329-WJJ");
		String housing = clerk("bl3" + suffix, "520329-ZJJ");
		String code = "520329-SJJ-T" + suffix.substring(suffix.length() - 6);

		ResponseEntity<String> published = api.post("/api/v1/service-items",
				Map.of("guide", guide(code), "note", "并联审批测试"), "admin");
		assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(201);

		String caseNo = cases.apply("citizen1", code, List.of(1, 2));
		cases.ok(caseNo, "accept", "window");
		JsonNode accepted = cases.get(caseNo, market);
		assertThat(accepted.get("tasks")).hasSize(3);
		assertThat(api.get("/api/v1/applications/" + caseNo, "clerk").getStatusCode().value()).isEqualTo(404);

		JsonNode incomplete = cases.ok(caseNo, "notice", health, "missing", List.of(2), "note", "卫生许可需健康证明原件");
		assertThat(incomplete.get("status").asString()).isEqualTo("incomplete");
		assertThat(incomplete.get("paused").asBoolean()).isTrue();
		assertThat(cases.step(caseNo, "decide", market, "approved", true).getStatusCode().value()).isEqualTo(409);
		JsonNode resumed = cases.ok(caseNo, "supplement", "citizen1", "materials", List.of(2));
		assertThat(resumed.get("status").asString()).isEqualTo("accepted");
		assertThat(resumed.get("paused").asBoolean()).isFalse();

		cases.ok(caseNo, "decide", market, "approved", true);
		assertThat(cases.step(caseNo, "decide", market, "approved", true).getStatusCode().value()).isEqualTo(409);
		assertThat(cases.ok(caseNo, "decide", health, "approved", true).get("status").asString()).isEqualTo("accepted");
		JsonNode decided = cases.ok(caseNo, "decide", housing, "approved", false, "reason", "招牌尺寸超出规定");
		assertThat(decided.get("status").asString()).isEqualTo("decided");
		assertThat(decided.get("approved").asBoolean()).isFalse();
		assertThat(decided.get("decisionReason").asString()).contains("招牌尺寸超出规定");
	}

	private String clerk(String username, String department) {
		accounts.createStaff(username, "并联审批经办人", organisations.getByCode(department).id(), EnumSet.of(Role.CLERK),
				Api.DEMO_PASSWORD);
		return username;
	}

	private static Map<String, Object> guide(String code) {
		Map<String, Object> g = new LinkedHashMap<>();
		g.put("code", code);
		g.put("name", "餐饮店开办一件事（测试）");
		g.put("type", "ADMINISTRATIVE_LICENSE");
		g.put("department", "520329-SJJ");
		g.put("implementingBody", "余庆县市场监督管理局");
		g.put("legalBasis", "《中华人民共和国食品安全法》第三十五条");
		g.put("conditions", "有与经营的食品品种、数量相适应的经营场所");
		g.put("statutoryDays", 20);
		g.put("promisedDays", 10);
		g.put("kind", "promised");
		g.put("channels", List.of("WINDOW", "ONLINE"));
		g.put("visits", 1);
		g.put("onlineDepth", 3);
		g.put("materials", List.of(Map.of("id", 1, "name", "营业执照", "required", true),
				Map.of("id", 2, "name", "从业人员健康证明", "required", true)));
		g.put("targetUsers", List.of("LEGAL_PERSON"));
		g.put("lifeEvents", List.of("BUSINESS"));
		g.put("jointTasks", List.of(Map.of("department", "520329-SJJ", "task", "食品经营许可", "days", 10),
				Map.of("department", "520329-WJJ", "task", "公共场所卫生许可", "days", 7),
				Map.of("department", "520329-ZJJ", "task", "户外招牌设置审批", "days", 5)));
		return g;
	}
}
