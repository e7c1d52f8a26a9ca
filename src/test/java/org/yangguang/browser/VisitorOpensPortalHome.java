package org.yangguang.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/** An anonymous visitor opens the public portal's home page, on a desktop and on a phone. */
class VisitorOpensPortalHome extends BrowserTest {

	static final String SITE_TITLE = "阳光政务";

	/** The portal's sections (MISSION.md), in navigation order. */
	static final List<String> SECTIONS = List.of("信息公开", "依申请公开", "办事服务", "互动交流", "征求意见", "监督考核");

	@Test
	void seesTheSiteTitleAndTheSixSections() {
		Response response = page.navigate("/");

		assertThat(response.status()).as("GET / status").isEqualTo(200);
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(page).hasTitle(Pattern.compile(".*" + SITE_TITLE + ".*"));
		assertThat(page.getByRole(AriaRole.BANNER)).containsText(SITE_TITLE);
		for (String section : SECTIONS) {
			Locator link = sectionLink(page, section);
			assertThat(link).isVisible();
			String href = link.getAttribute("href");
			assertThat(href).as("href of section link " + section).isNotBlank();
			assertThat(page.request().get(href).status()).as("GET " + href + " (" + section + ")").isEqualTo(200);
		}
		screenshot("portal-home");
	}

	@Test
	void isUsableAtPhoneWidth() {
		Page phone = newPhonePage();
		Response response = phone.navigate("/");

		assertThat(response.status()).as("GET / status").isEqualTo(200);
		assertThat(phone.getByRole(AriaRole.BANNER)).containsText(SITE_TITLE);
		for (String section : SECTIONS) {
			assertThat(sectionLink(phone, section)).isAttached();
		}
		Object overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow at 390 px (CSS pixels)").isLessThanOrEqualTo(0);
		screenshot(phone, "portal-home-phone");
	}

	/** The first link named exactly like the section (the main navigation comes before any cards). */
	private static Locator sectionLink(Page page, String section) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(section).setExact(true)).first();
	}
}
