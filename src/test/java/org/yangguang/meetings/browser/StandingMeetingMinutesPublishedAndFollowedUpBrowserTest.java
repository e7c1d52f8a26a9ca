package org.yangguang.meetings.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yangguang.browser.BrowserTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * 会议公开 end to end in Chromium: the disclosure office types the minutes of a 常务会议 in the workbench, pasting
 * the decisions and splitting them into items (the lead units and working days are read from the text), marks the
 * personnel item not public, saves and publishes them; a visitor reads the public page without the personnel item;
 * the education bureau's clerk reports its task done. Screenshots in {@code target/screenshots/meetings-*.png}.
 */
@Tag("browser")
class StandingMeetingMinutesPublishedAndFollowedUpBrowserTest extends BrowserTest {

	static final String PASTED = """
			会议听取了有关单位的汇报，研究了以下事项。现纪要如下：
			一、关于推行政务公开工作。会议要求紧紧围绕群众最关注的事项，抓住决策、执行、结果等主要环节开展政务公开工作，由县人民政府办公室牵头，15个工作日内制定全县政务公开工作要点。
			二、关于秋季学期学生资助政策落实情况。会议同意县教育局的汇报。由县教育局牵头，县财政局配合，10个工作日内将资助名单在县政府门户网站公示。
			三、关于进一步完善政务公开形式。会议要求充分利用好政务公开栏、公开指南等公开形式，由县政务服务中心牵头完成各窗口公开栏更新。
			四、关于有关人事事项。会议研究了拟任人选，同意提交县人大常委会审议。
			""";

	@Test
	void officeTypesSplitsAndPublishesTheMinutesVisitorSeesPublicItemsClerkReportsDone() {
		signIn(page, "office");
		page.navigate("/workbench/meetings");
		page.locator("#new-minutes").click();
		page.locator("#template-standing").click();
		assertThat(page.locator("#host")).hasValue(Pattern.compile("县长.*"));
		page.locator("#title").fill("研究政务公开、学生资助等工作");
		page.locator("#host").fill("县长 张明");
		page.locator("#attendees").fill("副县长 李华\n副县长 王强\n县人民政府办公室主任 陈刚");
		page.locator("#recorder").fill("县人民政府办公室 杨丽");
		page.locator("#pasteText").fill(PASTED);
		page.locator("#split").click();

		assertThat(page.locator("fieldset.minutes-item")).hasCount(4);
		assertThat(item(0, "topic")).hasValue("关于推行政务公开工作");
		assertThat(item(0, "lead")).hasValue("520329-ZFB");
		assertThat(item(0, "dueWorkingDays")).hasValue("15");
		assertThat(item(1, "lead")).hasValue("520329-JYJ");
		assertThat(item(1, "dueWorkingDays")).hasValue("10");
		assertThat(item(2, "lead")).hasValue("520329-ZWZX");
		item(2, "dueWorkingDays").fill("20");
		item(3, "publicItem").uncheck();
		screenshot("meetings-1-split-items");
		page.locator("#save-minutes").click();

		assertThat(page.locator("#minutes-heading")).hasText("余庆县人民政府常务会议纪要");
		assertThat(page.locator("#minutes-items")).containsText("拟任人选");
		screenshot("meetings-2-draft");
		page.locator("#publish").click();
		assertThat(page.locator("#minutes-status")).containsText("已签发公开");
		String publicUrl = page.locator("#public-page").getAttribute("href");

		Page visitor = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		visitor.navigate(publicUrl);
		assertThat(visitor.locator("#minutes-heading")).hasText("余庆县人民政府常务会议纪要");
		assertThat(visitor.locator("#minutes-items")).containsText("资助名单在县政府门户网站公示");
		assertThat(visitor.locator("#minutes-items > li")).hasCount(3);
		assertThat(visitor.locator("#content")).not().containsText("拟任人选");
		assertThat(visitor.locator("#minutes-facts")).containsText("县长 张明");
		screenshot(visitor, "meetings-3-public-page");
		byte[] pdf = visitor.request().get(visitor.locator("#minutes-pdf").getAttribute("href")).body();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		writeBeside("meetings-3-public-minutes.pdf", pdf);

		Page clerk = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		signIn(clerk, "clerk");
		clerk.navigate("/workbench/meetings/tasks?state=open");
		Locator row = clerk.locator("#task-list tbody tr").filter(new Locator.FilterOptions()
			.setHasText("研究政务公开、学生资助等工作")).filter(new Locator.FilterOptions().setHasText("关于秋季学期学生资助"));
		assertThat(row).hasCount(1);
		screenshot(clerk, "meetings-4-clerk-tasks");
		row.locator("a").first().click();
		assertThat(clerk.locator("#task-state")).containsText("办理中");
		clerk.locator("#note").fill("资助名单已于今日在县政府门户网站“政府信息公开”栏目公示，公示期5个工作日。");
		clerk.locator("#done").check();
		clerk.locator("#progress-submit").click();
		assertThat(clerk.locator("#task-state")).containsText("已报结");
		assertThat(clerk.locator("#task-history")).containsText("报结");
		screenshot(clerk, "meetings-5-reported");
	}

	/** The PDF next to the screenshots, to look at it as the public does. */
	private static void writeBeside(String name, byte[] content) {
		try {
			java.nio.file.Path dir = java.nio.file.Paths.get("target", "screenshots");
			java.nio.file.Files.createDirectories(dir);
			java.nio.file.Files.write(dir.resolve(name), content);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private Locator item(int index, String field) {
		return page.locator("[name='items[" + index + "]." + field + "']").first();
	}
}
