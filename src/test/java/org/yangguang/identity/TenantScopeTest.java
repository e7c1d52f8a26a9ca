package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/** Data scope: staff act on their own organisation's subtree only (数据范围). */
@IntegrationTest
class TenantScopeTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	Api api;
	long education;
	long civilAffairs;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		education = organisations.getByCode("520329-JYJ").id();
		civilAffairs = organisations.getByCode("520329-MZJ").id();
	}

	private Map<String, String> contact(String phone) {
		return Map.of("address", "余庆县子营街道政府路8号", "phone", phone, "officeHours", "工作日 9:00-17:00");
	}

	@Test
	void leaderOfEducationBureauMayKeepItsOwnContactDetails() {
		var r = api.put("/api/v1/organisations/" + education + "/contact", contact("0851-26221021"), "leader");
		assertThat(r.getStatusCode().value()).isEqualTo(200);
		assertThat(organisations.get(education).contact().phone()).isEqualTo("0851-26221021");
	}

	@Test
	void leaderOfEducationBureauMayNotChangeCivilAffairsBureau() {
		String before = organisations.get(civilAffairs).contact().phone();
		var r = api.put("/api/v1/organisations/" + civilAffairs + "/contact", contact("0000"), "leader");
		assertThat(r.getStatusCode().value()).isEqualTo(403);
		assertThat(organisations.get(civilAffairs).contact().phone()).isEqualTo(before);
	}

	@Test
	void clerkMayNotChangeContactDetailsEvenOfOwnBureau() {
		var r = api.put("/api/v1/organisations/" + education + "/contact", contact("0000"), "clerk");
		assertThat(r.getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void countyDisclosureOfficeCoversEveryDepartment() {
		var r = api.put("/api/v1/organisations/" + civilAffairs + "/contact", contact("0851-26221031"), "office");
		assertThat(r.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void scopeIsTheSubtreeOfTheOwnOrganisation() {
		long county = organisations.getByCode("520329").id();
		long township = organisations.getByCode("520329102").id();
		long village = organisations.getByCode("520329102001").id();
		assertThat(organisations.isWithin(village, county)).isTrue();
		assertThat(organisations.isWithin(village, township)).isTrue();
		assertThat(organisations.isWithin(township, village)).isFalse();
		assertThat(organisations.isWithin(education, civilAffairs)).isFalse();
	}
}
