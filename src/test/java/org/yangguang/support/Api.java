package org.yangguang.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API as a demo user (bearer token obtained once per user) or anonymously. */
public class Api {

	public static final String DEMO_PASSWORD = "Demo@2026";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TestRestTemplate rest;
	private final Map<String, String> tokens = new HashMap<>();

	public Api(TestRestTemplate rest) {
		this.rest = rest;
	}

	public String token(String username) {
		return tokens.computeIfAbsent(username, u -> token(u, DEMO_PASSWORD));
	}

	public String token(String username, String password) {
		ResponseEntity<String> r = rest.postForEntity("/api/v1/auth/token",
				json(Map.of("username", username, "password", password), null), String.class);
		if (!r.getStatusCode().is2xxSuccessful()) {
			throw new AssertionError("login as " + username + " failed: " + r.getStatusCode() + " " + r.getBody());
		}
		return read(r).get("token").asString();
	}

	/** {@code user} null = anonymous. */
	public ResponseEntity<String> call(HttpMethod method, String path, Object body, String user) {
		return rest.exchange(path, method, json(body, user == null ? null : token(user)), String.class);
	}

	public ResponseEntity<String> get(String path, String user) {
		return call(HttpMethod.GET, path, null, user);
	}

	public ResponseEntity<String> post(String path, Object body, String user) {
		return call(HttpMethod.POST, path, body, user);
	}

	public ResponseEntity<String> put(String path, Object body, String user) {
		return call(HttpMethod.PUT, path, body, user);
	}

	public static JsonNode read(ResponseEntity<String> response) {
		return JSON.readTree(response.getBody());
	}

	private static HttpEntity<Object> json(Object body, String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		if (token != null) {
			headers.setBearerAuth(token);
		}
		return new HttpEntity<>(body, headers);
	}
}
