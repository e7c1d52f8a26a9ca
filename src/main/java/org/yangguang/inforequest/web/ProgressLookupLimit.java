package org.yangguang.inforequest.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yangguang.shared.TooManyRequestsException;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * 进度查询限流 — the lookup by tracking number and the last four digits of the phone has only 10,000 combinations
 * per request, so each client address may try only a few times a minute (a Bucket4j token bucket per address;
 * {@code yangguang.inforequest.progress-lookups-per-minute}, default 10). Behind a proxy the address is the one
 * Tomcat reads from {@code X-Forwarded-For} of the trusted proxies ({@code server.forward-headers-strategy}).
 */
@Component
class ProgressLookupLimit {

	/** Buckets are dropped when this many addresses are held (a full bucket is the same as a new one). */
	private static final int MAX_ADDRESSES = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
	private final int perMinute;

	ProgressLookupLimit(@Value("${yangguang.inforequest.progress-lookups-per-minute:10}") int perMinute) {
		this.perMinute = Math.max(1, perMinute);
	}

	/** Takes one lookup from the address's allowance; 429 when it is used up. */
	void consume(String clientAddress) {
		if (buckets.size() >= MAX_ADDRESSES) {
			buckets.clear();
		}
		Bucket bucket = buckets.computeIfAbsent(clientAddress == null ? "unknown" : clientAddress,
				a -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
			throw new TooManyRequestsException(seconds, "inforequest.error.tooManyLookups", seconds);
		}
	}
}
