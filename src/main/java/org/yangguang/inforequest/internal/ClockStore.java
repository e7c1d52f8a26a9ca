package org.yangguang.inforequest.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.yangguang.calendar.TimeLimitChange;
import org.yangguang.calendar.TimeLimitId;
import org.yangguang.calendar.TimeLimits;

/**
 * Reads a request's clocks from the calendar module ({@link TimeLimits}) and writes back what the request changed:
 * a new clock is started there, and each new history entry becomes the matching pause, resume, extend or close.
 */
@Component
public class ClockStore {

	private final TimeLimits timeLimits;

	ClockStore(TimeLimits timeLimits) {
		this.timeLimits = timeLimits;
	}

	public RequestClocks load(String trackingNo) {
		return RequestClocks.of(timeLimits.forSubject(ClockKind.SUBJECT_TYPE, trackingNo));
	}

	public void save(String trackingNo, RequestClocks clocks) {
		for (Map.Entry<ClockKind, RequestClocks.Tracked> entry : clocks.tracked().entrySet()) {
			RequestClocks.Tracked tracked = entry.getValue();
			List<TimeLimitChange> history = tracked.limit().history();
			if (tracked.id() != null && tracked.storedChanges() == history.size()) {
				continue;
			}
			TimeLimitId id = tracked.id();
			int next = tracked.storedChanges();
			if (id == null) {
				TimeLimitChange started = history.get(0);
				id = timeLimits.start(entry.getKey().key(), ClockKind.SUBJECT_TYPE, trackingNo, started.on(),
						started.workingDays());
				next = 1;
			}
			for (TimeLimitChange change : history.subList(next, history.size())) {
				apply(id, change);
			}
			clocks.stored(entry.getKey(), id);
		}
	}

	private void apply(TimeLimitId id, TimeLimitChange change) {
		switch (change.kind()) {
			case PAUSED -> timeLimits.pause(id, change.on(), change.reason());
			case RESUMED -> timeLimits.resume(id, change.on(), change.reason());
			case EXTENDED -> timeLimits.extend(id, change.workingDays(), change.on(), change.reason());
			case CLOSED -> timeLimits.close(id, change.on(), change.reason());
			case STARTED, RECOMPUTED -> throw new IllegalStateException("a request never records " + change.kind());
		}
	}
}
