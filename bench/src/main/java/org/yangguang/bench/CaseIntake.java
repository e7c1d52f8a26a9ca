package org.yangguang.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * The {@code intake} scenario of {@link HttpLoad}: each request is one online application for a service item,
 * {@code POST /api/v1/applications} with a citizen's bearer token; a 201 means the case is committed (durable).
 */
final class CaseIntake {

	private CaseIntake() {
	}

	/**
	 * @param materials comma-separated material ids supplied with each application
	 */
	static HttpLoad.Target target(String base, String token, String item, String materials) {
		if (token == null || item == null) {
			throw new IllegalArgumentException("intake needs token=… and item=…");
		}
		String body = "{\"item\":\"" + item + "\",\"materials\":[" + (materials == null ? "" : materials) + "]}";
		return n -> HttpRequest.newBuilder(URI.create(base + "/api/v1/applications")).timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}
}
