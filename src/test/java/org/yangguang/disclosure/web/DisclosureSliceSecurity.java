package org.yangguang.disclosure.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * What a {@code @WebMvcTest} of the disclosure pages needs besides the controller: the platform's real security
 * configuration (both filter chains and method security, from {@code identity/internal/SecurityConfig}). The
 * beans that configuration asks for are mocked by {@link DisclosurePageSlice}; the clock is the application's.
 */
@TestConfiguration
@ComponentScan(basePackages = "org.yangguang.identity.internal", useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.SecurityConfig"))
class DisclosureSliceSecurity {
}
