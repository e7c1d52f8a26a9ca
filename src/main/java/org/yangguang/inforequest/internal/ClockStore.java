package org.yangguang.inforequest.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.yangguang.calendar.TimeLimitId;
import org.yangguang.calendar.TimeLimits;

/**
 * Reads a request's clocks from the calendar module ({@link TimeLimits}) and writes back what the request changed:
 * see {@link TimeLimits#save}.
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
			TimeLimitId id = timeLimits.save(tracked.id(), tracked.storedChanges(), entry.getKey().key(),
					ClockKind.SUBJECT_TYPE, trackingNo, tracked.limit());
			clocks.stored(entry.getKey(), id);
		}
	}
}
