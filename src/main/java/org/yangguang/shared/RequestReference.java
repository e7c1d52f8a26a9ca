package org.yangguang.shared;

import java.io.IOException;
import java.security.SecureRandom;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every request a short reference id (参考编号), kept in the log context and shown on error pages and in
 * problem+json bodies, so that a user can quote it and support can find the log lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestReference implements Filter {

	public static final String ATTRIBUTE = "yangguang.ref";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Object existing = request.getAttribute(ATTRIBUTE);
		String ref = existing != null ? existing.toString() : newReference();
		request.setAttribute(ATTRIBUTE, ref);
		String previous = MDC.get("ref");
		MDC.put("ref", ref);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (previous == null) {
				MDC.remove("ref");
			}
			else {
				MDC.put("ref", previous);
			}
		}
	}

	public static String of(ServletRequest request) {
		Object ref = request.getAttribute(ATTRIBUTE);
		return ref == null ? "-" : ref.toString();
	}

	static String newReference() {
		char[] chars = new char[10];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(chars);
	}
}
