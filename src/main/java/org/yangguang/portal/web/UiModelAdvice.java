package org.yangguang.portal.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.Identity;
import org.yangguang.portal.Section;

/** Adds the layout's {@link UiModel} to every page. */
@ControllerAdvice
class UiModelAdvice {

	static final String LARGE_TEXT_COOKIE = "yg_text";
	static final String CONTRAST_COOKIE = "yg_contrast";

	private final Identity identity;
	private final SiteSettings site;

	UiModelAdvice(Identity identity, ObjectProvider<SiteSettings> site) {
		this.identity = identity;
		this.site = site.getIfAvailable(SiteSettings::defaults);
	}

	@ModelAttribute("ui")
	UiModel ui(HttpServletRequest request, @CookieValue(name = LARGE_TEXT_COOKIE, required = false) String text,
			@CookieValue(name = CONTRAST_COOKIE, required = false) String contrast) {
		Object handlerPath = request.getAttribute("jakarta.servlet.forward.request_uri");
		String path = handlerPath != null ? handlerPath.toString() : request.getRequestURI();
		String context = request.getContextPath();
		if (!context.isEmpty() && path.startsWith(context)) {
			path = path.substring(context.length());
		}
		return new UiModel(identity.currentUser().orElse(null), "large".equals(text), "on".equals(contrast),
				path.isEmpty() ? "/" : path, Arrays.asList(Section.values()), site);
	}
}
