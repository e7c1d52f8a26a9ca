package org.yangguang.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of walking the chain: {@code {"valid": true, "entries": N}}, or the sequence number of the first
 * broken entry with a reason code ({@code content-altered}, {@code link-broken}, {@code entry-missing},
 * {@code head-mismatch}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean valid, long entries, Long brokenAt, String reason) {

	public static ChainVerification intact(long entries) {
		return new ChainVerification(true, entries, null, null);
	}

	public static ChainVerification broken(long entries, long brokenAt, String reason) {
		return new ChainVerification(false, entries, brokenAt, reason);
	}
}
