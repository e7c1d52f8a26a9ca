package org.yangguang.identity.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.internal.AccountPrincipal;
import org.yangguang.identity.internal.ApiTokens;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** API authentication: exchange a username and password for a bearer token (wrong credentials: 401). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication", description = "Bearer tokens for the API, and the account they stand for.")
class AuthApiController {

	private final AuthenticationManager authentication;
	private final ApiTokens tokens;
	private final Identity identity;

	AuthApiController(AuthenticationManager authentication, ApiTokens tokens, Identity identity) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.identity = identity;
	}

	record TokenRequest(@NotBlank String username, @NotBlank String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	record Me(long id, String username, String displayName, String kind, Long organisationId, List<String> roles) {
	}

	@Operation(summary = "Exchange a username and password for a bearer token")
	@ProblemResponses(HttpStatus.UNAUTHORIZED)
	@PostMapping("/auth/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		Authentication result = authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
		ApiTokens.IssuedToken issued = tokens.issue(((AccountPrincipal) result.getPrincipal()).user().id());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	/** Revokes the token used for this request (API logout). */
	@Operation(summary = "Revoke the token used for this request (sign out)")
	@SecurityRequirement(name = "bearerAuth")
	@DeleteMapping("/auth/token")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@RequestHeader("Authorization") String header) {
		tokens.revoke(header.substring(7).trim());
	}

	@Operation(summary = "Read the signed-in account: organisation and roles")
	@SecurityRequirement(name = "bearerAuth")
	@GetMapping("/accounts/me")
	Me me() {
		CurrentUser u = identity.requireUser();
		return new Me(u.id(), u.username(), u.displayName(), u.kind().name().toLowerCase(java.util.Locale.ROOT),
				u.organisationId(), u.roles().stream().map(Enum::name).sorted().toList());
	}
}
