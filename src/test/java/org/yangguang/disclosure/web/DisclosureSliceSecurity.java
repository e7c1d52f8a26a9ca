package org.yangguang.disclosure.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * What a {@code @WebMvcTest} of the disclosure pages needs besides the controller: the platform's real security
 * configuration (both filter chains and method security, from {@code identity/internal/SecurityConfig}) and a
 * fixed clock. The beans that configuration asks for are mocked by each test.
 */
@TestConfiguration
@ComponentScan(basePackages = "org.yangguang.identity.internal", useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.SecurityConfig"))
class DisclosureSliceSecurity {

	static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
	}
}
