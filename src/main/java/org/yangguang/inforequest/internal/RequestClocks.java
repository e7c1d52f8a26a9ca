package org.yangguang.inforequest.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.TimeLimitId;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.calendar.WorkingDayCalendar;

/**
 * The current time limit of each {@link ClockKind} of one request, as immutable {@link TimeLimit} values: the
 * request changes them in memory and {@link ClockStore} writes the changes to the calendar module's store. A
 * restarted clock (after a correction) is a new time limit; the previous one stays closed in the store.
 */
public final class RequestClocks {

	/**
	 * @param id            null until stored
	 * @param limit         the time limit as it is now
	 * @param storedChanges how many history entries of {@code limit} are already stored
	 */
	record Tracked(TimeLimitId id, TimeLimit limit, int storedChanges) {
	}

	private final Map<ClockKind, Tracked> latest = new EnumMap<>(ClockKind.class);

	/** No clock yet (a new request). */
	public static RequestClocks none() {
		return new RequestClocks();
	}

	/** The stored time limits of a request, oldest first; the latest of each kind is current. */
	public static RequestClocks of(List<TimeLimitStatus> stored) {
		RequestClocks clocks = new RequestClocks();
		for (TimeLimitStatus status : stored) {
			ClockKind kind = ClockKind.ofKey(status.kind());
			if (kind != null) {
				clocks.latest.put(kind, new Tracked(status.id(), status.timeLimit(),
						status.timeLimit().history().size()));
			}
		}
		return clocks;
	}

	public Optional<TimeLimit> get(ClockKind kind) {
		return Optional.ofNullable(latest.get(kind)).map(Tracked::limit);
	}

	/** The clock of this kind if it runs or is paused (not closed). */
	public Optional<TimeLimit> open(ClockKind kind) {
		return get(kind).filter(limit -> limit.closedOn().isEmpty());
	}

	public Optional<TimeLimitId> id(ClockKind kind) {
		return Optional.ofNullable(latest.get(kind)).map(Tracked::id);
	}

	/** Starts a new clock of this kind; an open one of the same kind must have been closed first. */
	void start(ClockKind kind, LocalDate start, int workingDays) {
		if (open(kind).isPresent()) {
			throw new IllegalStateException(kind + " clock is still open");
		}
		latest.put(kind, new Tracked(null, TimeLimit.start(start, workingDays), 0));
	}

	void change(ClockKind kind, UnaryOperator<TimeLimit> change) {
		Tracked tracked = latest.get(kind);
		if (tracked == null) {
			throw new IllegalStateException("no " + kind + " clock");
		}
		latest.put(kind, new Tracked(tracked.id(), change.apply(tracked.limit()), tracked.storedChanges()));
	}

	/** Closes the clock of this kind on {@code on} unless there is none or it is closed already. */
	void closeIfOpen(ClockKind kind, LocalDate on, String reason) {
		if (open(kind).isPresent()) {
			change(kind, limit -> limit.close(on, reason));
		}
	}

	/** The deadline of an open clock on {@code calendar}; empty when there is none, it is closed, or paused. */
	public Optional<LocalDate> deadline(ClockKind kind, WorkingDayCalendar calendar) {
		return open(kind).flatMap(limit -> limit.deadline(calendar));
	}

	/** True when the reply clock exists, is open and is paused. */
	public boolean replyPaused() {
		return open(ClockKind.REPLY).flatMap(TimeLimit::openPause).isPresent();
	}

	Map<ClockKind, Tracked> tracked() {
		return Collections.unmodifiableMap(latest);
	}

	/** After {@link ClockStore} stored everything: the ids and the stored history lengths. */
	void stored(ClockKind kind, TimeLimitId id) {
		Tracked tracked = latest.get(kind);
		latest.put(kind, new Tracked(id, tracked.limit(), tracked.limit().history().size()));
	}
}
