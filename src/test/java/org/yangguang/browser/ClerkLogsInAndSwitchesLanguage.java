package org.yangguang.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * The department clerk (县教育局) is sent to the login page, signs in, reaches the workbench and
 * switches the interface from Chinese to English.
 */
class ClerkLogsInAndSwitchesLanguage extends BrowserTest {

	static final Pattern LOGIN_URL = Pattern.compile(".*/login([?#].*)?$");
	static final Pattern WORKBENCH_URL = Pattern.compile(".*/workbench([?#].*)?$");
	static final Pattern LATIN_WORD = Pattern.compile(".*[A-Za-z]{2,}.*", Pattern.DOTALL);

	@Test
	void logsInReachesTheWorkbenchAndSwitchesToEnglish() {
		page.navigate("/workbench");
		assertThat(page).hasURL(LOGIN_URL);

		page.locator("input[name=username]").fill("clerk");
		page.locator("input[name=password]").fill("Demo@2026");
		page.locator("form#login-form button[type=submit]").click();

		assertThat(page).hasURL(WORKBENCH_URL);
		Locator heading = page.locator("h1").first();
		assertThat(heading).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		String chineseHeading = heading.innerText();
		screenshot("workbench-zh");

		page.locator("#lang-switch").click();

		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page).hasURL(WORKBENCH_URL);
		assertThat(heading).isVisible();
		assertThat(heading).not().hasText(chineseHeading);
		assertThat(heading).hasText(LATIN_WORD);
		screenshot("workbench-en");

		// the choice sticks: the next page without ?lang is still English, and the clerk is still signed in
		page.navigate("/workbench");
		assertThat(page).hasURL(WORKBENCH_URL);
		assertThat(page.locator("html")).hasAttribute("lang", "en");
	}
}
