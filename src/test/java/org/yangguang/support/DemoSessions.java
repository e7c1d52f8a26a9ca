package org.yangguang.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Demo accounts signed in through real HTTP (TestRestTemplate) for the API (bearer token) or for pages (session cookie and the form's CSRF token). */
public final class DemoSessions {

	public static final String PASSWORD = "Demo@2026";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"_csrf\"");

	private DemoSessions() {
	}

	@SuppressWarnings("rawtypes")
	public static HttpHeaders bearer(TestRestTemplate rest, String username) {
		ResponseEntity<Map> issued = rest.postForEntity("/api/v1/auth/token",
				Map.of("username", username, "password", PASSWORD), Map.class);
		assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth((String) issued.getBody().get("token"));
		return headers;
	}

	/** A browser session: cookie headers of {@code username} signed in through the login form. */
	public static HttpHeaders session(TestRestTemplate rest, String username) {
		TestRestTemplate browser = rest.withRedirects(HttpRedirects.DONT_FOLLOW);
		ResponseEntity<String> form = browser.getForEntity("/login", String.class);
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, cookies(form.getHeaders()));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("username", username);
		fields.add("password", PASSWORD);
		fields.add("_csrf", csrf(form.getBody()));
		ResponseEntity<String> login = browser.exchange("/login", HttpMethod.POST, new HttpEntity<>(fields, headers),
				String.class);
		assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(login.getHeaders().getLocation()).asString().doesNotContain("error");
		HttpHeaders signedIn = new HttpHeaders();
		List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
		signedIn.add(HttpHeaders.COOKIE, renewed == null ? cookies(form.getHeaders()) : cookies(login.getHeaders()));
		return signedIn;
	}

	/** The CSRF token of the first form on a page. */
	public static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("the page carries a CSRF token").isTrue();
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

	private static String cookies(HttpHeaders response) {
		List<String> set = response.get(HttpHeaders.SET_COOKIE);
		assertThat(set).as("cookies set").isNotEmpty();
		return set.stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));
	}
}
