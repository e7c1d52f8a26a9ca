package org.yangguang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.support.Api;
import org.yangguang.support.Pages;

/**
 * Administrators rebuild the index from the database with one request ({@code POST /api/v1/search/rebuild}) or one
 * button; the rebuilt index answers every query exactly as before. Nobody else may rebuild it.
 */
@SearchIntegrationTest
class RebuildGivesTheSameResults {

	static final List<String> QUERIES = List.of("q=依申请公开", "q=即办件", "q=政务公开&sort=date", "q=村务公开 计划生育",
			"q=&column=" + CorpusSource.COLUMN_A, "q=&org=520329102&subtree=true", "q=计划生育&year=2022",
			"q=信息公开&size=5&page=1");

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex searchIndex;

	@Test
	void administratorsRebuildAndEveryQueryAnswersAsBefore() {
		Api api = new Api(rest);
		searchIndex.applyPendingChanges();
		Map<String, String> before = answers(api);

		ResponseEntity<String> rebuilt = api.post("/api/v1/search/rebuild", null, "admin");

		assertThat(rebuilt.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Api.read(rebuilt).get("items").asLong()).isGreaterThanOrEqualTo(9);
		assertThat(answers(api)).isEqualTo(before);
	}

	@Test
	void onlyAdministratorsMayRebuild() {
		Api api = new Api(rest);

		assertThat(api.post("/api/v1/search/rebuild", null, "clerk").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.post("/api/v1/search/rebuild", null, "office").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.post("/api/v1/search/rebuild", null, null).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theAdministrationPageShowsTheIndexAndRebuildsIt() throws Exception {
		var admin = Pages.login(mvc, "admin");

		mvc.perform(get("/workbench/admin/search").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"index-status\"")))
			.andExpect(content().string(Matchers.containsString("yangguang.search.rebuild=true")));
		mvc.perform(post("/workbench/admin/search/rebuild").cookie(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/workbench/admin/search"))
			.andExpect(flash().attribute("flash", "search.admin.rebuilt"));
	}

	@Test
	void staffWhoAreNotAdministratorsCannotOpenThePage() throws Exception {
		mvc.perform(get("/workbench/admin/search").cookie(Pages.login(mvc, "office")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/workbench/admin/search/rebuild").cookie(Pages.login(mvc, "clerk")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private Map<String, String> answers(Api api) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String query : QUERIES) {
			ResponseEntity<String> response = api.get("/api/v1/search?" + query, null);
			assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
			answers.put(query, response.getBody());
		}
		return answers;
	}
}
