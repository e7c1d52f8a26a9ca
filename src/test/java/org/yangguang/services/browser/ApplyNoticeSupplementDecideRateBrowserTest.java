package org.yangguang.services.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yangguang.browser.BrowserTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * 政务服务 end to end in Chromium: citizen1 applies for 教师资格认定 with a required material missing; the window
 * issues the one-time notice naming it; the citizen supplements; the window accepts; the education bureau's clerk
 * decides within the promised time limit; the window delivers; the citizen rates the service. A screenshot of each
 * step in {@code target/screenshots/services-*.png}.
 */
@Tag("browser")
class ApplyNoticeSupplementDecideRateBrowserTest extends BrowserTest {

	static final Pattern CASE_NO = Pattern.compile("BJ\\d{10}");

	@Test
	void citizenAppliesWindowNoticesCitizenSupplementsDepartmentDecidesCitizenRates() {
		// 1. the citizen finds the item and applies, leaving out one required material
		signIn(page, "citizen1");
		page.navigate("/services?dept=520329-JYJ");
		screenshot("services-1-catalog");
		page.locator("#service-items a", new Page.LocatorOptions().setHasText("教师资格认定")).first().click();
		assertThat(page.locator("h1")).containsText("教师资格认定");
		screenshot("services-2-guide");
		page.locator("#apply-button").click();
		var boxes = page.locator("#materials input[type=checkbox]");
		for (int i = 1; i < boxes.count(); i++) {
			boxes.nth(i).check();
		}
		String missing = page.locator("#materials label").first().innerText();
		screenshot("services-3-apply");
		page.locator("#apply-submit").click();
		assertThat(page.locator("#case-no")).hasText(CASE_NO);
		String caseNo = page.locator("#case-no").innerText().strip();
		assertThat(page.locator("#case-status")).containsText("待窗口预审");

		// 2. the window issues the one-time notice
		Page window = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		signIn(window, "window");
		window.navigate("/workbench/cases");
		window.locator(".case-list a", new Page.LocatorOptions().setHasText(caseNo)).click();
		window.locator("details.step-form summary", new Page.LocatorOptions().setHasText("一次性告知")).click();
		screenshot(window, "services-4-window-notice");
		window.locator("#notice-submit").click();
		assertThat(window.locator("#case-status")).containsText("待补正");

		// 3. the citizen reads the notice and supplements
		page.navigate("/account/cases/" + caseNo);
		assertThat(page.locator("#supplement")).containsText(missing.replaceAll(" \\(.*", ""));
		screenshot("services-5-citizen-notice");
		page.locator("#supplement input[type=checkbox]").first().check();
		page.locator("#supplement-submit").click();
		assertThat(page.locator("#case-status")).containsText("待窗口预审");

		// 4. the window accepts
		window.navigate("/workbench/cases/" + caseNo);
		window.locator("#accept").click();
		assertThat(window.locator("#case-status")).containsText("已受理");
		assertThat(window.locator("#case-deadline")).isVisible();
		screenshot(window, "services-6-accepted");

		// 5. the education bureau decides
		Page clerk = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		signIn(clerk, "clerk");
		clerk.navigate("/workbench/cases/" + caseNo);
		clerk.locator("details.step-form summary", new Page.LocatorOptions().setHasText("作出决定")).click();
		clerk.locator("input[name=approved][value=true]").check();
		screenshot(clerk, "services-7-decide");
		clerk.locator("#decide-submit").click();
		assertThat(clerk.locator("#case-status")).containsText("已决定");

		// 6. the window delivers (the certificate is made on the way)
		window.navigate("/workbench/cases/" + caseNo);
		window.locator("details.step-form summary", new Page.LocatorOptions().setHasText("送达")).click();
		window.locator("input[name=method][value=window]").check();
		window.locator("#deliver-submit").click();
		assertThat(window.locator("#case-status")).containsText("已办结");

		// 7. the citizen rates it
		page.navigate("/account/cases/" + caseNo);
		page.locator("input[name=level][value='5']").check();
		page.locator("#comment").fill("材料一次告知清楚，办理很快。");
		screenshot("services-8-rate");
		page.locator("#rate-submit").click();
		assertThat(page.locator("#my-ratings")).containsText("非常满意");
		page.navigate("/account/cases");
		assertThat(page.locator("#certificates")).containsText("教师资格证书");
		screenshot("services-9-my-cases");

		// 8. on a phone the list is a stack of cards, each cell labelled
		Page phone = newPhonePage();
		signIn(phone, "citizen1");
		phone.navigate("/account/cases");
		assertThat(phone.locator(".case-list tbody tr").first()).isVisible();
		screenshot(phone, "services-10-my-cases-phone");
	}

	@Test
	void aVisitorTakesANumberTheWindowCallsItAndTheScreenShowsIt() {
		page.navigate("/services/hall/take");
		screenshot("services-hall-1-kiosk");
		page.locator(".kiosk-button", new Page.LocatorOptions().setHasText("社会保障卡申领")).first().click();
		assertThat(page.locator("#ticket-number")).hasText(Pattern.compile("A\\d{3}"));
		String number = page.locator("#ticket-number").innerText().strip();
		screenshot("services-hall-2-ticket");

		Page window = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		signIn(window, "window");
		window.navigate("/workbench/hall?window=A03");
		window.locator("#call-next").click();
		assertThat(window.locator("#at-window")).containsText(number);
		screenshot(window, "services-hall-3-called");

		Page screen = newPage(new Browser.NewContextOptions().setViewportSize(1920, 1080));
		screen.navigate("/services/hall/screen");
		assertThat(screen.locator("#called-tickets tr.latest")).containsText(number);
		assertThat(screen.locator("#called-tickets tr.latest")).containsText("A03");
		screenshot(screen, "services-hall-4-screen");
	}

}
