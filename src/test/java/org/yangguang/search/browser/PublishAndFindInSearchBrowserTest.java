package org.yangguang.search.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.browser.BrowserTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/**
 * The whole journey of a document to portal search: the education bureau's clerk drafts a policy document in the
 * workbench and submits it, the leader reviews (confidentiality and accuracy) and publishes it, and a visitor types
 * a word of it into the home page's search box, finds it with the word marked, and opens it.
 */
@Tag("browser")
class PublishAndFindInSearchBrowserTest extends BrowserTest {

	static final Pattern DOCUMENT_PAGE = Pattern.compile(".*/workbench/disclosure/documents/(\\d+)([?#].*)?$");
	static final Pattern SEARCH_PAGE = Pattern.compile(".*/search\\?.*");

	@Autowired
	Clock clock;

	@Test
	void clerkDraftsLeaderPublishesVisitorFinds() {
		String word = "阳光检索" + letters();
		String title = "关于" + word + "事项实行即办件办理的通知";
		LocalDate today = LocalDate.now(clock);

		// the clerk drafts and submits
		signIn(page, "clerk");
		page.navigate("/workbench/disclosure/documents/new");
		page.locator("#column").selectOption("政策文件");
		page.locator("#title").fill(title);
		page.locator("#docNo").fill("余教发〔" + today.getYear() + "〕88号");
		page.locator("#writtenOn").fill(today.minusDays(2).toString());
		page.locator("#formedOn").fill(today.minusDays(1).toString());
		page.locator("#topic").selectOption(new SelectOption().setIndex(1));
		page.locator("#genre").selectOption(new SelectOption().setIndex(1));
		page.locator("input[name=classification][value=proactive]").check();
		page.locator("#body").fill("为方便群众办事，" + word + "事项一律按即办件办理，材料不全的一次性告知。\n办结后接受好差评。");
		screenshot("search-1-clerk-drafts");
		page.locator("button", new Page.LocatorOptions().setHasText("保存草稿")).click();
		assertThat(page).hasURL(DOCUMENT_PAGE);
		String documentPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
		page.locator("button", new Page.LocatorOptions().setHasText("提交审核")).click();
		assertThat(page.locator("body")).containsText(title);
		screenshot("search-2-clerk-submitted");

		// the leader reviews and publishes
		Page leader = newPage(new Browser.NewContextOptions().setViewportSize(1280, 800));
		signIn(leader, "leader");
		leader.navigate(documentPath);
		leader.locator("#confidentialityChecked").check();
		leader.locator("#accuracyChecked").check();
		leader.locator("#comment").fill("经保密审查和内容审核，同意公开。");
		leader.locator("button[name=decision][value=approve]").click();
		leader.locator("button", new Page.LocatorOptions().setHasText("发布")).first().click();
		assertThat(leader).hasURL(DOCUMENT_PAGE);
		screenshot(leader, "search-3-leader-published");

		// a visitor finds it from the home page's search box
		Page visitor = newPage(new Browser.NewContextOptions().setViewportSize(1280, 800));
		visitor.navigate("/");
		visitor.locator("#q").fill(word);
		visitor.locator("form.search-form button[type=submit]").click();
		assertThat(visitor).hasURL(SEARCH_PAGE);
		Locator result = visitor.locator("#search-results a", new Page.LocatorOptions().setHasText(title));
		for (int attempt = 0; attempt < 20 && result.count() == 0; attempt++) {
			visitor.waitForTimeout(500); // the index follows the commit within a moment
			visitor.reload();
		}
		assertThat(result).isVisible();
		assertThat(visitor.locator("#search-results mark").first()).hasText(word);
		assertThat(visitor.locator("#search-count")).containsText("1");
		screenshot(visitor, "search-4-visitor-finds");

		result.click();
		assertThat(visitor.locator("#doc-title")).hasText(title);
		screenshot(visitor, "search-5-visitor-reads");
	}


	/** Eight random letters, so that the word is this test's alone. */
	private static String letters() {
		StringBuilder letters = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			letters.append((char) ('a' + Character.digit(c, 16)));
		}
		return letters.toString();
	}
}
