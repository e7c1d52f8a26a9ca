package org.yangguang.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yangguang.support.IntegrationTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Base of the browser tests: the full application on a random port (with demo data), driven by
 * Debian's headless Chromium through Playwright.
 * <p>
 * One browser per test class, one fresh context (cookies, session) and page per test. Tests are
 * tagged {@code browser}, which the normal build excludes; run them with
 * {@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=browser -Dyangguang.browser=true}.
 * Screenshots go to {@code target/screenshots/<name>.png}; a failing test leaves
 * {@code target/screenshots/FAILED-<class>-<method>.png} behind.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	/** Debian's Chromium; Playwright never downloads its own browser here. */
	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** Without the background-networking flags Chromium keeps dialling Google on this closed network. */
	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	static final int DESKTOP_WIDTH = 1280;
	static final int DESKTOP_HEIGHT = 800;

	@LocalServerPort
	private int port;

	private Playwright playwright;
	private Browser browser;
	private final List<BrowserContext> contexts = new ArrayList<>();

	/** A fresh page (in its own context) for the current test, at desktop size, zh-CN browser. */
	protected Page page;

	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = this::screenshotOnFailure;

	@BeforeAll
	void launchBrowser() {
		if (!Files.isRegularFile(CHROMIUM) || !Files.isExecutable(CHROMIUM)) {
			fail("Browser tests need Debian's Chromium at " + CHROMIUM
					+ " but it is missing: install it with `apt-get install chromium fonts-noto-cjk` (.ci/run does this)");
		}
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
				.setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		page = newPage(new Browser.NewContextOptions().setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT));
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
		page = null;
	}

	/** {@code http://localhost:<port>}; pages take paths relative to it, e.g. {@code page.navigate("/")}. */
	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	/**
	 * A page in a new context (own cookies) of this test, closed after the test. Base URL, a zh-CN browser
	 * language and the Beijing time zone are filled in unless the options set them.
	 */
	protected Page newPage(Browser.NewContextOptions options) {
		if (options.baseURL == null) {
			options.setBaseURL(baseUrl());
		}
		if (options.locale == null) {
			options.setLocale("zh-CN");
		}
		if (options.timezoneId == null) {
			options.setTimezoneId("Asia/Shanghai");
		}
		BrowserContext context = browser.newContext(options);
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		Page newPage = context.newPage();
		String label = "[browser " + getClass().getSimpleName() + "] ";
		newPage.onPageError(error -> System.out.println(label + "page error: " + error));
		newPage.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				System.out.println(label + "console error: " + message.text());
			}
		});
		return newPage;
	}

	/** A page at phone size (390×844 CSS pixels, touch, mobile viewport). */
	protected Page newPhonePage() {
		return newPage(new Browser.NewContextOptions()
				.setViewportSize(390, 844)
				.setDeviceScaleFactor(2)
				.setIsMobile(true)
				.setHasTouch(true));
	}

	/** Signs in on the login page as a demo account (password Demo@2026) and checks the login page was left. */
	protected static void signIn(Page page, String username) {
		page.navigate("/login");
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill("Demo@2026");
		page.locator("form#login-form button[type=submit]").click();
		PlaywrightAssertions.assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
	}

	/** Full-page PNG of {@link #page} at {@code target/screenshots/<name>.png}. */
	protected Path screenshot(String name) {
		return screenshot(page, name);
	}

	/** Full-page PNG of the given page at {@code target/screenshots/<name>.png}. */
	protected Path screenshot(Page target, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		target.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		System.out.println("[browser] screenshot " + file.toAbsolutePath());
		return file;
	}

	private void screenshotOnFailure(ExtensionContext context) {
		if (context.getExecutionException().isEmpty() || page == null || page.isClosed()) {
			return;
		}
		String name = "FAILED-" + getClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		try {
			screenshot(page, name);
			System.out.println("[browser] failed at " + page.url());
		}
		catch (RuntimeException e) {
			System.out.println("[browser] could not save " + name + ": " + e);
		}
	}
}
