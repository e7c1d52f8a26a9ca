package org.yangguang.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an RFC 9457 {@code application/problem+json} body directly to a servlet response, for errors raised
 * before any controller runs (authentication, access denied in a filter).
 */
public final class ProblemJson {

	private ProblemJson() {
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
			String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String body = "{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status
				+ ",\"detail\":" + quote(detail) + ",\"instance\":" + quote(request.getRequestURI())
				+ ",\"reference\":" + quote(RequestReference.of(request)) + "}";
		response.getWriter().write(body);
	}

	static String quote(String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\u%04x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}
}
