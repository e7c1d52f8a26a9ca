package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.Pages;

/**
 * 村务公开 and results of penalties: household names, ID and phone numbers are masked on every public page and
 * in the CSV export; staff in scope see them in full, and each such read is audited.
 */
@IntegrationTest
class PersonalDataIsMasked {

	static final String FULL_ID = "\\d{17}[\\dX]";
	static final String FULL_MOBILE = "(?<!\\d)1\\d{10}(?!\\d)";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Test
	void theVillagePagesAndTheExportShowOnlyMaskedData() {
		long village = organisations.getByCode("520329102201").id();
		long bulletin = jdbc.sql("SELECT MIN(id) FROM disclosure_bulletin WHERE organisation_id = ?").param(village)
			.query(Long.class).single();
		String fullId = jdbc.sql("SELECT id_number FROM disclosure_bulletin_payment WHERE bulletin_id = ? AND line_no = 1")
			.param(bulletin).query(String.class).single();
		String head = jdbc.sql("SELECT household_head FROM disclosure_bulletin_payment WHERE bulletin_id = ? AND line_no = 1")
			.param(bulletin).query(String.class).single();
		String base = "/disclosure/org/520329102201/village-affairs/" + bulletin;
		String page = rest.getForObject(base, String.class);
		assertThat(page).contains(fullId.substring(0, 3) + "*", fullId.substring(14));
		assertThat(page).doesNotContain(fullId, head).doesNotContainPattern(FULL_ID).doesNotContainPattern(FULL_MOBILE);
		byte[] csv = rest.getForObject(base + ".csv", byte[].class);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("户主,身份证号").doesNotContain(fullId, head).doesNotContainPattern(FULL_ID)
			.doesNotContainPattern(FULL_MOBILE);
		assertThat(rest.getForObject("/disclosure/org/520329102201/village-affairs", String.class))
			.doesNotContain(fullId, head);
	}

	@Test
	void staffInScopeSeeTheFullDataAndTheReadIsAudited() throws Exception {
		long village = organisations.getByCode("520329102201").id();
		long bulletin = jdbc.sql("SELECT MIN(id) FROM disclosure_bulletin WHERE organisation_id = ?").param(village)
			.query(Long.class).single();
		String fullId = jdbc.sql("SELECT id_number FROM disclosure_bulletin_payment WHERE bulletin_id = ? AND line_no = 1")
			.param(bulletin).query(String.class).single();
		long before = audits(bulletin);
		String page = mvc.perform(get("/workbench/disclosure/lists/bulletins/" + bulletin)
			.cookie(Pages.login(mvc, "office"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(fullId);
		assertThat(audits(bulletin)).isEqualTo(before + 1);
		int status = mvc.perform(get("/workbench/disclosure/lists/bulletins/" + bulletin)
			.cookie(Pages.login(mvc, "leader"))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
	}

	@Test
	void aNaturalPersonsNameIsMaskedInPublishedPenalties() {
		String person = jdbc.sql("SELECT party_name FROM disclosure_power_result WHERE party_is_person = TRUE"
				+ " AND kind = 'penalty' ORDER BY id FETCH FIRST 1 ROWS ONLY").query(String.class).single();
		String page = rest.getForObject("/disclosure/org/520329-SJJ/results?kind=penalty", String.class);
		assertThat(page).doesNotContain(person).contains(person.substring(0, 1) + "*");
	}

	private long audits(long bulletin) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'personal-data.read' AND subject_type ="
				+ " 'disclosure-bulletin' AND subject_id = ?").param(String.valueOf(bulletin)).query(Long.class).single();
	}
}
