package org.yangguang.portal.web;

import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yangguang.portal.Section;

/** Home page, the sections not yet built, and the display preferences (large text, contrast). */
@Controller
class PortalController {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

	/** A section whose module does not exist yet says so plainly; built modules map the exact path. */
	@GetMapping("/{section:oversight}")
	String section(@PathVariable String section, Model model) {
		model.addAttribute("section", Arrays.stream(Section.values()).filter(s -> s.key().equals(section))
				.findFirst().orElseThrow());
		return "portal/section-pending";
	}

	@GetMapping("/ui/text")
	String largeText(@RequestParam boolean large, @RequestParam(defaultValue = "/") String back,
			HttpServletResponse response) {
		setPreference(response, UiModelAdvice.LARGE_TEXT_COOKIE, large ? "large" : "normal");
		return "redirect:" + safeBack(back);
	}

	@GetMapping("/ui/contrast")
	String contrast(@RequestParam boolean on, @RequestParam(defaultValue = "/") String back,
			HttpServletResponse response) {
		setPreference(response, UiModelAdvice.CONTRAST_COOKIE, on ? "on" : "off");
		return "redirect:" + safeBack(back);
	}

	private static void setPreference(HttpServletResponse response, String name, String value) {
		response.addHeader("Set-Cookie", ResponseCookie.from(name, value).path("/").maxAge(Duration.ofDays(365))
				.sameSite("Lax").httpOnly(true).build().toString());
	}

	/** Only local paths: never an open redirect. */
	static String safeBack(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
				|| back.contains("\r") || back.contains("\n")) {
			return "/";
		}
		return back;
	}
}
