package org.yangguang.shared;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of a request: the visitor's choice (cookie {@value #COOKIE}) first; otherwise Chinese on pages
 * (a county portal speaks Chinese whatever the browser says) and the {@code Accept-Language} header on the API.
 */
public final class RequestLocales {

	public static final String COOKIE = "yg_lang";

	private RequestLocales() {
	}

	public static Locale resolve(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (Cookie c : request.getCookies()) {
				if (COOKIE.equals(c.getName())) {
					return supported(Locale.forLanguageTag(c.getValue().replace('_', '-')));
				}
			}
		}
		return defaultFor(request);
	}

	public static Locale defaultFor(HttpServletRequest request) {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		return api && request.getHeader("Accept-Language") != null ? supported(request.getLocale())
				: Locale.SIMPLIFIED_CHINESE;
	}

	/** zh-CN and English are offered; anything else falls back to zh-CN. */
	public static Locale supported(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}
}
