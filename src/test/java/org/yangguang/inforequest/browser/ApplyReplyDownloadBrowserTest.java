package org.yangguang.inforequest.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yangguang.browser.BrowserTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * 依申请公开 end to end in Chromium: citizen1 applies on the portal and gets a tracking number; the clerk of the
 * education bureau replies on the workbench with the disclosed file; citizen1 downloads the reply letter (a PDF
 * naming the request), told by a notification under the bell in the page header. A screenshot of each step in {@code target/screenshots/inforequest-*.png}.
 */
@Tag("browser")
class ApplyReplyDownloadBrowserTest extends BrowserTest {

	static final Pattern TRACKING_NO = Pattern.compile("YSQ\\d{10}");

	@Test
	void citizenAppliesClerkRepliesCitizenDownloadsTheLetter() throws Exception {
		// 1. the citizen applies
		signIn(page, "citizen1");
		page.navigate("/requests");
		page.locator("#apply-button").click();
		assertThat(page).hasURL(Pattern.compile(".*/requests/apply$"));
		String agency = page.locator("#agencyId option", new Page.LocatorOptions()
			.setHasText("余庆县教育局")).first().getAttribute("value");
		page.locator("#agencyId").selectOption(agency);
		page.locator("#title").fill("2026年余庆县城区小学一年级招生划片范围");
		page.locator("#description").fill("请提供城区各小学的划片范围图和说明。");
		page.locator("#purpose").fill("子女入学");
		screenshot("inforequest-1-apply-form");
		page.locator("#apply-submit").click();

		assertThat(page.locator("#tracking-number")).hasText(TRACKING_NO);
		String no = page.locator("#tracking-number").innerText().strip();
		assertThat(page.locator(".request-deadline")).containsText("答复期限");
		screenshot("inforequest-2-confirmation");

		// 2. the clerk replies on the workbench, with the disclosed file
		Page clerk = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		signIn(clerk, "clerk");
		clerk.navigate("/workbench/requests");
		clerk.locator("#request-list a", new Page.LocatorOptions().setHasText(no)).click();
		assertThat(clerk.locator("h1")).containsText(no);
		assertThat(clerk.locator("#applicant")).containsText("张*");
		clerk.locator("#replyType").selectOption("disclosed");
		clerk.locator("#outcome").selectOption("granted");
		clerk.locator("#body").fill("现将城区各小学2026年一年级招生划片范围提供给您，见附件。");
		clerk.locator("#reply-files").setInputFiles(new FilePayload("城区小学划片范围.csv", "text/csv",
				"学校,划片范围\n余庆县实验小学,白泥镇城区东片\n".getBytes(StandardCharsets.UTF_8)));
		screenshot(clerk, "inforequest-3-clerk-reply");
		clerk.locator("#reply-submit").click();

		assertThat(clerk.locator("#request-status")).containsText("已答复");
		assertThat(clerk.locator("#request-outcome")).containsText("予以公开");
		screenshot(clerk, "inforequest-4-replied");

		// 3. the citizen's bell says a reply is ready; the notification opens the request
		page.navigate("/account/notifications");
		for (int tries = 0; tries < 20 && !page.locator(".notification-list").innerText().contains("已答复"); tries++) {
			page.waitForTimeout(500); // the notice is written after the reply's commit, on another thread
			page.reload();
		}
		assertThat(page.locator("#notification-bell .badge")).isVisible();
		screenshot("inforequest-5a-notifications");
		page.locator(".notification-list button", new Page.LocatorOptions().setHasText(no + " 已答复")).first().click();
		assertThat(page).hasURL(Pattern.compile(".*/account/requests/" + no + "$"));

		// 4. the citizen sees the reply and downloads the letter
		page.navigate("/account/requests/" + no);
		assertThat(page.locator("#request-status")).containsText("已答复");
		assertThat(page.locator("#letter-download")).isVisible();
		screenshot("inforequest-5-applicant-letter");
		Download download = page.waitForDownload(() -> page.locator("#letter-download").click());
		Path pdf = Paths.get("target", "screenshots", "inforequest-6-letter-" + no + ".pdf");
		Files.createDirectories(pdf.getParent());
		download.saveAs(pdf);
		byte[] bytes = Files.readAllBytes(pdf);
		assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains(no, "予以公开", "第三十六条第（二）项", "城区小学划片范围.csv", "行政复议");
		}
	}

}
