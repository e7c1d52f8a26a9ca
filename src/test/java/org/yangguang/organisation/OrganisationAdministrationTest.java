package org.yangguang.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/** Administrators create, rename, move, retire and import organisations; history is kept and audited. */
@IntegrationTest
class OrganisationAdministrationTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	String code() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}

	long create(Api api, String code, String name, String kind, long parent) {
		var r = api.post("/api/v1/organisations", Map.of("code", code, "name", name, "kind", kind, "parentId", parent),
				"admin");
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
		long id = Api.read(r).get("id").asLong();
		assertThat(r.getHeaders().getLocation()).hasToString("/api/v1/organisations/" + id);
		return id;
	}

	@Test
	void publicListHasTheDemoCountyItsTownshipsVillagesAndDepartments() {
		var r = rest.getForEntity("/api/v1/organisations", String.class);
		assertThat(r.getStatusCode().value()).isEqualTo(200);
		var list = Api.read(r);
		assertThat(list.size()).isGreaterThan(90);
		var first = list.get(0);
		assertThat(first.has("id") && first.has("code") && first.has("name") && first.has("kind")
				&& first.has("parentId")).isTrue();
		assertThat(r.getBody()).contains("余庆县教育局").contains("龙溪镇").contains("\"kind\":\"village\"")
			.contains("余庆县政务服务中心").contains("余庆县人民医院").contains("余庆县自来水公司");
	}

	@Test
	void renameMoveAndRetireKeepTheOrganisationWithItsHistory() {
		Api api = new Api(rest);
		long county = organisations.getByCode("520329").id();
		long township = organisations.getByCode("520329102").id();
		long id = create(api, code(), "测试办公室", "department", county);
		long child = create(api, code(), "测试股", "department", id);

		assertThat(api.put("/api/v1/organisations/" + id + "/name", Map.of("name", "测试事务中心", "reason", "机构改革"),
				"admin").getStatusCode().value()).isEqualTo(200);
		assertThat(organisations.get(id).name()).isEqualTo("测试事务中心");

		assertThat(api.post("/api/v1/organisations/" + id + "/move", Map.of("parentId", township), "admin")
			.getStatusCode().value()).isEqualTo(200);
		assertThat(organisations.get(child).isWithin(organisations.get(township))).isTrue();
		assertThat(organisations.isWithin(child, county)).isTrue();

		var refused = api.post("/api/v1/organisations/" + id + "/retire", Map.of("reason", "撤并"), "admin");
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(refused).get("detail").asString()).contains("下级机构");

		api.post("/api/v1/organisations/" + child + "/retire", Map.of("reason", "撤并"), "admin");
		assertThat(api.post("/api/v1/organisations/" + id + "/retire", Map.of("reason", "撤并"), "admin")
			.getStatusCode().value()).isEqualTo(200);
		assertThat(organisations.get(id).retired()).isTrue();
		assertThat(rest.getForEntity("/api/v1/organisations", String.class).getBody()).doesNotContain("测试事务中心");
		assertThat(rest.getForEntity("/api/v1/organisations?includeRetired=true", String.class).getBody())
			.contains("测试事务中心");
	}

	@Test
	void anOrganisationCannotMoveUnderItsOwnDescendant() {
		Api api = new Api(rest);
		long county = organisations.getByCode("520329").id();
		long parent = create(api, code(), "上级测试", "department", county);
		long child = create(api, code(), "下级测试", "department", parent);
		var r = api.post("/api/v1/organisations/" + parent + "/move", Map.of("parentId", child), "admin");
		assertThat(r.getStatusCode().value()).isEqualTo(400);
		assertThat(organisations.get(parent).parentId()).isEqualTo(county);
	}

	@Test
	void importCreatesNewCodesRenamesChangedOnesAndDeletesNothing() {
		Api api = new Api(rest);
		String town = code();
		String village = code();
		var tree = List.of(Map.of("code", town, "name", "新设镇", "level", "township", "children",
				List.of(Map.of("code", village, "name", "新设村", "level", "village", "children", List.of()))));
		long county = organisations.getByCode("520329").id();
		var first = api.post("/api/v1/organisations/import?parentId=" + county, tree, "admin");
		assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
		assertThat(Api.read(first).get("created").asInt()).isEqualTo(2);
		assertThat(organisations.getByCode(village).kind()).isEqualTo(OrganisationKind.VILLAGE);

		var renamed = List.of(Map.of("code", town, "name", "新设镇（更名）", "level", "township"));
		var second = api.post("/api/v1/organisations/import?parentId=" + county, renamed, "admin");
		assertThat(Api.read(second).get("renamed").asInt()).isEqualTo(1);
		assertThat(organisations.getByCode(village).name()).isEqualTo("新设村");
	}
}
