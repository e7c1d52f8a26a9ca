package org.yangguang.appeals;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.appeals.internal.ApiKeyRepository;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/** Open311 API keys: issued to a named holder and revoked by the administrator; both audited. */
@Service
public class Open311Keys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiKeyRepository keys;
	private final Identity identity;
	private final AuditLog audit;
	private final Clock clock;

	Open311Keys(ApiKeyRepository keys, Identity identity, AuditLog audit, Clock clock) {
		this.keys = keys;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/** A key, its holder, when it was issued and, if so, revoked. */
	public record Key(String key, String holder, Instant issuedAt, Instant revokedAt) {
	}

	@Transactional(readOnly = true)
	public List<Key> all() {
		admin();
		return keys.all().stream().map(k -> new Key(k.key(), k.holder(), k.issuedAt(), k.revokedAt())).toList();
	}

	@Transactional
	public Key issue(String holder) {
		admin();
		if (holder == null || holder.isBlank() || holder.length() > 200) {
			throw RuleViolationException.onField("holder", "appeals.error.required", "holder");
		}
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String key = HexFormat.of().formatHex(bytes);
		Instant now = clock.instant();
		keys.insert(key, holder.strip(), now);
		audit.record("appeals.open311-key.issued", "open311-key", key.substring(0, 8), null, holder.strip(), null);
		return new Key(key, holder.strip(), now, null);
	}

	@Transactional
	public void revoke(String key) {
		admin();
		if (!keys.revoke(key, clock.instant())) {
			throw new NotFoundException("appeals.error.keyNotFound", key);
		}
		audit.record("appeals.open311-key.revoked", "open311-key", key.substring(0, Math.min(8, key.length())), null,
				"revoked", null);
	}

	private void admin() {
		if (!identity.requireUser().has(Role.ADMIN)) {
			throw new AccessDeniedException("administrators manage Open311 keys");
		}
	}
}
