package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * The disclosure tests' vocabulary over the API: a draft's body, the steps of the workflow as the demo users,
 * and staff accounts of another department (民政局) to act out of scope.
 */
final class Disclosure {

	/** A clerk and a leader of the civil affairs bureau: out of the education bureau's scope. */
	static final String OTHER_CLERK = "dsc-mzj-clerk";
	static final String OTHER_LEADER = "dsc-mzj-leader";

	private Disclosure() {
	}

	static synchronized void ensureOtherDepartment(Accounts accounts, Organisations organisations) {
		long mzj = organisations.getByCode("520329-MZJ").id();
		ensure(accounts, mzj, OTHER_CLERK, "县民政局 测试经办人", Role.CLERK);
		ensure(accounts, mzj, OTHER_LEADER, "县民政局 测试领导", Role.LEADER);
	}

	private static void ensure(Accounts accounts, long organisationId, String username, String name, Role role) {
		boolean exists = accounts.staffPage(List.of(organisationId), username, 0, 10).stream()
			.anyMatch(a -> a.username().equals(username));
		if (!exists) {
			accounts.createStaff(username, name, organisationId, Set.of(role), Api.DEMO_PASSWORD);
		}
	}

	static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The API body of a proactive draft in the column 政策文件, formed today. */
	static Map<String, Object> draft(String title) {
		return draft(title, "政策文件", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
	}

	static Map<String, Object> draft(String title, String column, LocalDate formedOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("body", "第一条 为规范政务公开工作，制定本办法。\n第二条 本办法适用于全县各级行政机关。");
		body.put("column", column);
		body.put("writtenOn", formedOn.toString());
		body.put("formedOn", formedOn.toString());
		body.put("docNo", "余教发〔" + formedOn.getYear() + "〕" + (100 + (int) (Math.random() * 800)) + "号");
		body.put("classification", "proactive");
		return body;
	}

	static long create(Api api, String user, Map<String, Object> body) {
		ResponseEntity<String> r = api.post("/api/v1/documents", body, user);
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		return Api.read(r).get("id").asLong();
	}

	static JsonNode step(Api api, String user, long id, String action, Object body) {
		ResponseEntity<String> r = api.post("/api/v1/documents/" + id + "/" + action, body, user);
		assertThat(r.getStatusCode().value()).as(action + " by " + user + ": " + r.getBody()).isEqualTo(200);
		return Api.read(r);
	}

	static Map<String, Object> approve() {
		return Map.of("decision", "approve", "comment", "同意公开");
	}

	/** Drafted by the clerk, reviewed and published by the leader of the education bureau; returns the id. */
	static long published(Api api, String title) {
		long id = create(api, "clerk", draft(title));
		step(api, "clerk", id, "submit", null);
		step(api, "leader", id, "review", approve());
		step(api, "leader", id, "publish", null);
		return id;
	}
}
