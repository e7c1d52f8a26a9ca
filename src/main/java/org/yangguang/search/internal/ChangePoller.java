package org.yangguang.search.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Replays the change table into the index every second or so, and at once when a transaction that recorded a
 * change commits on this node ({@link #wake()}), so that a document published here is found a moment later. The
 * work runs on a thread of its own: a long rebuild never holds up the application's shared scheduler.
 */
@Component
public class ChangePoller implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ChangePoller.class);

	private final IndexMaintenance maintenance;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "search-replay");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean queued = new AtomicBoolean();

	ChangePoller(IndexMaintenance maintenance) {
		this.maintenance = maintenance;
	}

	@Scheduled(fixedDelayString = "${yangguang.search.poll-interval:1s}",
			initialDelayString = "${yangguang.search.poll-interval:1s}")
	void poll() {
		wake();
	}

	/** Asks for a replay as soon as possible, without waiting for it; repeated calls meanwhile coalesce. */
	public void wake() {
		if (queued.compareAndSet(false, true)) {
			try {
				worker.execute(() -> {
					queued.set(false);
					replay();
				});
			}
			catch (RejectedExecutionException e) {
				queued.set(false); // shutting down
			}
		}
	}

	private void replay() {
		try {
			maintenance.catchUp();
		}
		catch (RuntimeException e) {
			log.error("Replaying search changes failed; retrying at the next poll", e);
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}
}
