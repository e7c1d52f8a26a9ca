package org.yangguang.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yangguang.browser.BrowserTest;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The main pages of every module pass axe-core's WCAG 2.1 A and AA rules with no violation: what the public reads,
 * what a signed-in citizen uses, and the staff's workbench pages.
 */
@Tag("browser")
class MainPagesPassAnAutomatedAccessibilityCheck extends BrowserTest {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final List<String> PUBLIC_PAGES = List.of("/", "/disclosure", "/requests", "/services", "/appeals",
			"/consultations", "/consultations?phase=ended", "/hearings", "/meetings", "/search?q=政务公开", "/login",
			"/register", "/calendar");

	static final List<String> CITIZEN_PAGES = List.of("/account", "/account/requests", "/account/cases",
			"/account/appeals", "/account/consultations", "/account/notifications");

	static final List<String> OFFICE_PAGES = List.of("/workbench", "/workbench/disclosure", "/workbench/requests",
			"/workbench/consultations", "/workbench/consultations/new", "/workbench/meetings",
			"/workbench/meetings/tasks", "/workbench/reports");

	static final List<String> CLERK_PAGES = List.of("/workbench/cases", "/workbench/appeals",
			"/workbench/consultations");

	static final List<String> OPERATOR_PAGES = List.of("/workbench/appeals/new");

	/** A staff account and the workbench pages it works on. */
	record Desk(String user, List<String> paths) {
	}

	@Test
	void everyMainPageHasNoWcag21AaViolation() {
		List<String> problems = new ArrayList<>();
		check(page, PUBLIC_PAGES, problems);
		page.navigate("/consultations");
		String draft = page.locator("#consultation-list a").first().getAttribute("href");
		check(page, List.of(draft), problems);

		Page citizen = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
		signIn(citizen, "citizen1");
		check(citizen, CITIZEN_PAGES, problems);

		for (Desk desk : List.of(new Desk("office", OFFICE_PAGES), new Desk("clerk", CLERK_PAGES),
				new Desk("operator", OPERATOR_PAGES))) {
			Page staff = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
			signIn(staff, desk.user());
			check(staff, desk.paths(), problems);
		}
		assertThat(problems).isEmpty();
	}

	private static void check(Page target, List<String> paths, List<String> problems) {
		for (String path : paths) {
			var response = target.navigate(path);
			if (response == null || response.status() != 200) {
				problems.add(path + " — answered " + (response == null ? "nothing" : response.status()));
				continue;
			}
			AxeResults results = new AxeBuilder(target).withTags(WCAG_21_AA).analyze();
			if (results.getPasses().isEmpty()) {
				problems.add(path + " — the check did not run");
			}
			for (Rule v : results.getViolations()) {
				problems.add(path + " — " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " × "
						+ v.getNodes().size() + " e.g. " + v.getNodes().get(0).getTarget());
			}
		}
	}
}
