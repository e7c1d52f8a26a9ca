package org.yangguang.appeals.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yangguang.browser.BrowserTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * 诉求办理 end to end in Chromium: the operator registers a call and dispatches it to the education bureau; the clerk
 * accepts and replies; the caller, rating on the phone, is dissatisfied and the ticket reopens; the clerk replies again;
 * the caller is satisfied; the answer appears on the Q&A wall with the caller's phone number masked. Screenshots in
 * {@code target/screenshots/appeals-*.png}.
 */
@Tag("browser")
class CallDispatchReplyReopenWallBrowserTest extends BrowserTest {

	@Test
	void operatorRegistersClerkRepliesCallerDissatisfiedReopensRepliedAgainOnTheWall() {
		signIn(page, "operator");
		page.navigate("/workbench/appeals/new");
		page.locator("#callerName").fill("李明华");
		page.locator("#callerPhone").fill("13985212345");
		page.locator("input[name=type][value=complaint]").check();
		page.locator("#title").fill("校车接送时间过早");
		page.locator("#message").fill("龙溪镇中心小学校车早上6点就来接孩子，来电人13985212345希望调整到7点以后。");
		page.locator("#publicConsent").check();
		screenshot("appeals-1-call-sheet");
		page.locator("#call-submit").click();
		assertThat(page.locator("#ticket-no")).hasText(Pattern.compile("SQ\\d{10}"));
		String no = page.locator("#ticket-no").innerText().strip();
		page.locator("#department").selectOption("520329-JYJ");
		screenshot("appeals-2-dispatch");
		page.locator("#dispatch-submit").click();
		assertThat(page.locator("#ticket-status")).containsText("已交办");

		Page clerk = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		signIn(clerk, "clerk");
		clerk.navigate("/workbench/appeals/" + no);
		clerk.locator("#accept").click();
		assertThat(clerk.locator("#ticket-status")).containsText("办理中");
		clerk.locator("#answer").fill("已与学校沟通，下周起校车发车时间调整为6点40分。");
		screenshot(clerk, "appeals-3-reply");
		clerk.locator("#reply-submit").click();
		assertThat(clerk.locator("#ticket-status")).containsText("已答复");

		page.navigate("/workbench/appeals/" + no);
		page.locator("#rating").selectOption("dissatisfied");
		page.locator("#rate-submit").click();
		assertThat(page.locator("#ticket-status")).containsText("重办");
		screenshot("appeals-4-reopened");

		clerk.navigate("/workbench/appeals/" + no);
		clerk.locator("#answer").fill("经再次协调，校车发车时间调整为7点10分，已书面通知家长。");
		clerk.locator("#reply-submit").click();
		assertThat(clerk.locator("#ticket-status")).containsText("已答复");

		page.navigate("/workbench/appeals/" + no);
		page.locator("#rating").selectOption("satisfied");
		page.locator("#rate-submit").click();
		assertThat(page.locator("#ticket-status")).containsText("已办结");

		Page visitor = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		visitor.navigate("/appeals?q=校车");
		assertThat(visitor.locator("#wall-" + no)).containsText("7点10分");
		assertThat(visitor.locator("#wall-" + no)).not().containsText("13985212345");
		assertThat(visitor.locator("#wall-" + no)).containsText("139****2345");
		screenshot(visitor, "appeals-5-wall");
	}
}
