package org.yangguang.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real login form and returns the session cookie for page requests. */
public final class Pages {

	private Pages() {
	}

	public static Cookie login(MockMvc mvc, String username) throws Exception {
		return login(mvc, username, Api.DEMO_PASSWORD);
	}

	public static Cookie login(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
			.with(csrf())).andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		String location = result.getResponse().getRedirectedUrl();
		if (session == null || location == null || location.contains("error")) {
			throw new AssertionError("login as " + username + " failed: " + location);
		}
		return session;
	}
}
