package org.yangguang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yangguang.support.IntegrationTest;

/**
 * The large-text and high-contrast switches are toggle buttons that say whether they are on (aria-pressed), and work
 * without JavaScript; the footer names the sponsor, address and telephone from the site settings.
 */
@IntegrationTest
class TheToolbarAndFooterSayWhatTheyAre {

	@Autowired
	MockMvc mvc;

	@Test
	void theDisplayTogglesArePressedOnlyWhenOn() throws Exception {
		String normal = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(normal).containsPattern("id=\"toggle-large-text\"[^>]*aria-pressed=\"false\"")
			.containsPattern("id=\"toggle-contrast\"[^>]*aria-pressed=\"false\"")
			.contains("action=\"/ui/text\"").contains("name=\"large\" value=\"true\"");
		String large = mvc.perform(get("/").cookie(new Cookie("yg_text", "large"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(large).containsPattern("id=\"toggle-large-text\"[^>]*aria-pressed=\"true\"")
			.contains("name=\"large\" value=\"false\"");
	}

	@Test
	void theFooterComesFromTheSiteSettings() throws Exception {
		String page = mvc.perform(get("/disclosure")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("主办：余庆县人民政府办公室").contains("0851-26221000").doesNotContain("示范县");
	}
}
