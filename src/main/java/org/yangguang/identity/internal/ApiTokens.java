package org.yangguang.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens for the JSON API. The database keeps only each token's SHA-256, so any node can check a
 * token and a stolen database copy reveals none.
 */
@Component
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;
	private final SecurityProperties properties;
	private final Clock clock;

	ApiTokens(AccountRepository accounts, SecurityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	public record IssuedToken(String token, Instant expiresAt) {
	}

	public IssuedToken issue(long accountId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expires = now.plus(properties.tokenValidity());
		accounts.saveToken(hash(token), accountId, now, expires);
		return new IssuedToken(token, expires);
	}

	public Optional<AccountPrincipal> authenticate(String token) {
		return accounts.findTokenAccount(hash(token), clock.instant())
			.flatMap(accounts::findById)
			.map(row -> AccountDetailsService.principal(row, clock))
			.filter(p -> p.isEnabled() && p.isAccountNonLocked());
	}

	public void revoke(String token) {
		accounts.deleteToken(hash(token));
	}

	/** Expired tokens are deleted hourly; running on several nodes at once is harmless. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purgeExpired() {
		accounts.deleteExpiredTokens(clock.instant());
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
