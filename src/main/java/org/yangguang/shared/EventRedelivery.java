package org.yangguang.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again every event whose listener failed (or whose node died while delivering it): the event publication
 * registry keeps a publication until its listener completed, and this sweep hands those older than
 * {@code yangguang.events.redeliver-after} (default 5 minutes) to their listeners again, on one node at a time.
 * Completed publications are deleted at once ({@code spring.modulith.events.completion-mode=delete}). Listeners are
 * written to be safe to run twice (notifications carry a dedup key).
 */
@Component
class EventRedelivery {

	static final String LOCK = "platform.event-redelivery";

	private final IncompleteEventPublications incomplete;
	private final JobLock lock;
	private final Duration after;

	EventRedelivery(IncompleteEventPublications incomplete, JobLock lock,
			@Value("${yangguang.events.redeliver-after:PT5M}") Duration after) {
		this.incomplete = incomplete;
		this.lock = lock;
		this.after = after;
	}

	@Scheduled(fixedDelayString = "${yangguang.events.redelivery-interval:PT5M}",
			initialDelayString = "${yangguang.events.redelivery-initial-delay:PT2M}")
	void scheduled() {
		if (!lock.tryAcquire(LOCK, after)) {
			return;
		}
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(after);
		}
		finally {
			lock.release(LOCK);
		}
	}
}
