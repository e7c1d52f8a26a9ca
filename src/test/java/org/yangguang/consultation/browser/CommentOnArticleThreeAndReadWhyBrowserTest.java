package org.yangguang.consultation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yangguang.browser.BrowserTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * 重大决策预公开 end to end in Chromium: the education bureau's clerk pastes a draft, the leader approves and publishes
 * it; a citizen comments on article 3; the clerk closes the period early, decides the comment partly adopted with the
 * reason; the leader publishes the adoption report; the citizen reads why. Screenshots in
 * {@code target/screenshots/consultation-*.png}.
 */
@Tag("browser")
class CommentOnArticleThreeAndReadWhyBrowserTest extends BrowserTest {

	static final String DRAFT = """
			第一章 总则
			第一条 为加强全县中小学食堂管理，保障师生饮食安全，制定本办法。
			第二条 本办法适用于全县公办中小学校食堂。
			第二章 管理
			第三条 学校食堂应当实行校长陪餐制度，每日公示食谱和食材来源。
			第四条 食堂收费标准按照非营利原则核定，并向家长公开。
			""";

	@Test
	void aCitizenCommentsOnArticleThreeAndLaterReadsWhyItWasPartlyAdopted() {
		Page clerk = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		signIn(clerk, "clerk");
		clerk.navigate("/workbench/consultations/new");
		clerk.locator("#title").fill("余庆县中小学校食堂管理办法");
		clerk.locator("#background").fill("为落实学校食品安全校长负责制，县教育局起草了本办法。");
		clerk.locator("#articlesText").fill(DRAFT);
		clerk.locator("#contact").fill("县教育局体卫艺股，电话 0851-26221234");
		screenshot(clerk, "consultation-1-draft-form");
		clerk.locator("#draft-save").click();
		assertThat(clerk.locator("#consultation-status")).containsText("草稿");
		assertThat(clerk.locator("#article-3")).containsText("校长陪餐制度");
		String url = clerk.url();
		String id = url.substring(url.lastIndexOf('/') + 1);
		clerk.locator("#submit").click();
		assertThat(clerk.locator("#consultation-status")).containsText("待审核");

		Page leader = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		signIn(leader, "leader");
		leader.navigate("/workbench/consultations/" + id);
		leader.locator("#approve").click();
		leader.locator("#publish").click();
		assertThat(leader.locator("#consultation-status")).containsText("征求意见中");
		screenshot(leader, "consultation-2-published");

		signIn(page, "citizen1");
		page.navigate("/consultations");
		page.locator("text=余庆县中小学校食堂管理办法").first().click();
		page.locator("#comment-on-3").click();
		assertThat(page.locator("#article")).hasValue("3");
		page.locator("#text").fill("建议陪餐记录和食材检测结果每周在学校网站公开，方便家长查看。");
		screenshot("consultation-3-comment");
		page.locator("#comment-submit").click();
		assertThat(page.locator("#my-comments")).containsText("第三条");
		assertThat(page.locator("#my-comments")).containsText("待处理");

		clerk.navigate("/workbench/consultations/" + id);
		String commentCard = "#comments .comment-card";
		assertThat(clerk.locator(commentCard)).containsText("陪餐记录");
		clerk.locator(commentCard + " summary").first().click();
		clerk.locator(commentCard + " input[value=partly]").check();
		clerk.locator(commentCard + " textarea[name=reason]")
			.fill("陪餐记录每周公开已写入第三条；食材检测结果由市场监管部门统一公布，不在本办法规定。");
		clerk.locator(commentCard + " button[id^=decide-]").click();
		assertThat(clerk.locator(commentCard)).containsText("部分采纳");
		clerk.locator("#consultation-actions summary", new Page.LocatorOptions().setHasText("提前结束")).click();
		clerk.locator("#reason").fill("县政府常务会议定于下周审议");
		clerk.locator("#close-submit").click();
		assertThat(clerk.locator("#consultation-status")).containsText("已提前结束");
		screenshot(clerk, "consultation-4-decided");

		leader.navigate("/workbench/consultations/" + id);
		leader.locator("#publish-report").click();
		assertThat(leader.locator("#consultation-status")).containsText("已公布采纳情况");

		page.navigate("/account/consultations");
		assertThat(page.locator(".my-comment").first()).containsText("部分采纳");
		assertThat(page.locator(".my-comment").first()).containsText("食材检测结果由市场监管部门统一公布");
		screenshot("consultation-5-my-comments");
		page.navigate("/consultations/" + id + "/report");
		assertThat(page.locator("#report-summary")).containsText("共收到有效意见 1 条");
		assertThat(page.locator("#report-items")).containsText("第三条");
		assertThat(page.locator("#report-items")).not().containsText("张伟");
		screenshot("consultation-6-report");

		Page visitor = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		visitor.navigate("/consultations?phase=ended");
		screenshot(visitor, "consultation-7-ended-list");
		visitor.locator("text=余庆县城区机动车停放管理办法").first().click();
		assertThat(visitor.locator("#final-diff ins").first()).isVisible();
		assertThat(visitor.locator("#final-decision")).containsText("余府办发〔2026〕8号");
		screenshot(visitor, "consultation-8-final-diff");
	}
}
