package org.yangguang.identity.internal;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.Role;

/**
 * Two filter chains: the JSON API ({@code /api/**}, stateless, bearer tokens, problem+json errors) and the pages
 * (form login, sessions in the database, CSRF). URL rules here are the coarse gate; every controller or facade
 * checks its own permission and data scope as well.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	/** Read-only API open to everyone. */
	static final String[] PUBLIC_API_GET = { "/api/v1/organisations", "/api/v1/organisations/*",
			"/api/v1/calendar/**", "/api/v1/documents", "/api/v1/documents/**", "/api/v1/search",
			"/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/consultations", "/api/v1/consultations/*",
			"/api/v1/consultations/*/report", "/api/v1/hearings", "/api/v1/hearings/*", "/api/v1/service-items", "/api/v1/service-items/**", "/api/v1/service-items.xlsx",
			"/api/v1/stats/services", "/api/v1/stats/services/**", "/api/v1/service-ratings/rectifications",
			"/api/v1/hall/screen", "/api/v1/hall/windows", "/api/v1/hall/tickets/*", "/api/v1/stats/appeals",
			"/api/v1/appeals-wall", "/api/v1/requests/*/progress", "/api/v1/meetings", "/api/v1/meetings/*" };

	static final String[] STAFF_ROLES = Role.STAFF.stream().map(Enum::name).toArray(String[]::new);

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountRepository accounts, PasswordEncoder encoder,
			SecurityProperties properties, AuditLog audit, Clock clock) {
		var passwords = new DaoAuthenticationProvider(new AccountDetailsService(accounts, clock));
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new LockoutAuthenticationProvider(passwords, accounts, properties, audit, clock));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens,
			MessageSource messages) throws Exception {
		var problems = new ApiSecurityProblems(messages);
		http.securityMatcher("/api/**")
			.authenticationManager(manager)
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.securityContext(c -> c.requireExplicitSave(true))
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/hall/tickets").permitAll()
				// a draft may take comments without an account; the consultation module refuses (401) when it does not
				.requestMatchers(HttpMethod.POST, "/api/v1/consultations/*/comments").permitAll()
				.requestMatchers(HttpMethod.GET, PUBLIC_API_GET).permitAll()
				.requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
				.anyRequest().authenticated())
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager manager) throws Exception {
		http.authenticationManager(manager)
			.authorizeHttpRequests(a -> a.requestMatchers("/workbench/admin/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/workbench/audit/**").hasRole(Role.AUDITOR.name())
				.requestMatchers("/workbench/**").hasAnyRole(STAFF_ROLES)
				.requestMatchers("/account/**").authenticated()
				.anyRequest().permitAll())
			.formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
				.defaultSuccessUrl("/account/landing").failureHandler(loginFailureHandler()).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			// Open311 clients post form-encoded requests with an API key, not a session: no CSRF token there
			.csrf(c -> c.ignoringRequestMatchers("/open311/**"))
			.headers(h -> h.frameOptions(f -> f.sameOrigin())
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'")));
		return http.build();
	}

	/** The login page tells locked, disabled and wrong-password apart (without saying whether a user exists). */
	private static AuthenticationFailureHandler loginFailureHandler() {
		return (request, response, exception) -> {
			String reason = exception instanceof LockedException ? "locked"
					: exception instanceof DisabledException ? "disabled" : "bad";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}
}
