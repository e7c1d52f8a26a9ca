package org.yangguang.disclosure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.browser.BrowserTest;

import com.microsoft.playwright.Page;

/**
 * The main journey in a real browser: the education bureau's clerk drafts a notice and submits it, the leader
 * reviews it (confidentiality and accuracy) and publishes it, and a visitor finds it on the portal and in search.
 */
class ClerkAndLeaderPublishWhatSearchFinds extends BrowserTest {

	@Autowired
	Clock clock;

	@Test
	void aNoticeDraftedReviewedAndPublishedIsFoundOnThePortal() {
		String marker = "校车安全" + UUID.randomUUID().toString().substring(0, 6);
		String title = "关于开展" + marker + "专项检查的通知";
		String today = LocalDate.now(clock).toString();

		signIn(page, "clerk");
		page.navigate("/workbench/disclosure/documents/new");
		page.locator("#column").selectOption("通知公告");
		page.locator("#title").fill(title);
		page.locator("#docNo").fill("余教发〔2026〕88号");
		page.locator("#writtenOn").fill(today);
		page.locator("#formedOn").fill(today);
		page.locator("#topic").selectOption("science");
		page.locator("#body").fill("各中小学：\n为保障学生上下学安全，决定开展" + marker + "专项检查。");
		screenshot("disclosure-draft-form");
		page.locator("form button[type=submit].button").first().click();
		assertThat(page.locator("#state")).containsText("草稿");
		page.locator("button:has-text('提交审核')").click();
		assertThat(page.locator("#state")).containsText("待审核");
		signOut(page);

		signIn(page, "leader");
		page.navigate("/workbench");
		page.locator("a:has-text('" + title + "')").first().click();
		page.locator("#confidentialityChecked").check();
		page.locator("#accuracyChecked").check();
		page.locator("#review button[value=approve]").click();
		assertThat(page.locator("#state")).containsText("已审核");
		page.locator("button:has-text('发布')").first().click();
		assertThat(page.locator("#state")).containsText("已发布");
		screenshot("disclosure-published-staff");
		signOut(page);

		page.navigate("/disclosure/org/520329-JYJ");
		page.locator("a:has-text('" + title + "')").first().click();
		assertThat(page.locator("#doc-title")).hasText(title);
		assertThat(page.locator("#index-no")).hasText(Pattern.compile(".+/\\d{4}-\\d{5}"));
		screenshot("disclosure-published-portal");

		// the search index follows the change table within a few seconds
		for (int attempt = 0; attempt < 20; attempt++) {
			page.navigate("/search?q=" + marker);
			if (page.locator("#search-results").count() > 0) {
				break;
			}
			page.waitForTimeout(500);
		}
		assertThat(page.locator("#search-results")).containsText(title);
		screenshot("disclosure-found-in-search");
	}


	private static void signOut(Page page) {
		page.locator("form[action$='/logout'] button").click();
	}
}
