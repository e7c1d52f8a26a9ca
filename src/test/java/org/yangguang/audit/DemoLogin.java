package org.yangguang.audit;

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

/** Signs demo accounts in, for the API (bearer token) and for pages (login form, session cookie). */
final class DemoLogin {

	static final String PASSWORD = "Demo@2026";

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	private DemoLogin() {
	}

	@SuppressWarnings("rawtypes")
	static HttpHeaders bearer(TestRestTemplate rest, String username) {
		ResponseEntity<Map> issued = rest.postForEntity("/api/v1/auth/token",
				Map.of("username", username, "password", PASSWORD), Map.class);
		assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth((String) issued.getBody().get("token"));
		return headers;
	}

	/** Headers carrying the session cookie of {@code username}, signed in through the login form. */
	static HttpHeaders session(TestRestTemplate rest, String username) {
		TestRestTemplate browser = rest.withRedirects(HttpRedirects.DONT_FOLLOW);
		ResponseEntity<String> form = browser.getForEntity("/login", String.class);
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, cookies(form.getHeaders()));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("username", username);
		fields.add("password", PASSWORD);
		fields.add("_csrf", csrfToken(form.getBody()));
		ResponseEntity<String> login = browser.exchange("/login", HttpMethod.POST, new HttpEntity<>(fields, headers),
				String.class);
		assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(login.getHeaders().getLocation()).asString().doesNotContain("error");
		HttpHeaders signedIn = new HttpHeaders();
		List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
		signedIn.add(HttpHeaders.COOKIE, renewed == null ? cookies(form.getHeaders()) : cookies(login.getHeaders()));
		return signedIn;
	}

	private static String cookies(HttpHeaders response) {
		List<String> set = response.get(HttpHeaders.SET_COOKIE);
		assertThat(set).as("cookies set by the login page").isNotEmpty();
		return set.stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));
	}

	private static String csrfToken(String html) {
		Matcher input = CSRF_INPUT.matcher(html);
		assertThat(input.find()).as("the login form carries a CSRF token").isTrue();
		Matcher value = VALUE.matcher(input.group());
		assertThat(value.find()).isTrue();
		return value.group(1);
	}
}
