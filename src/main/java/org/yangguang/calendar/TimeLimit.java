package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.yangguang.calendar.TimeLimitChange.Kind;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 办理时限 — a legal time limit counted in working days: the start day (day of receipt) is not counted,
 * counting begins the next day, only working days count, and the deadline is the N-th working day.
 * <p>
 * The clock can be {@linkplain #pause paused} and {@linkplain #resume resumed}: a pause on X resumed on Y
 * leaves out the working days in {@code (X, Y]} (see {@link Pause}). {@linkplain #extend Extensions} add
 * working days. Every change is kept in the {@linkplain #history() history}, from which
 * {@link #replay(List)} rebuilds the time limit. Immutable: each change returns a new time limit.
 * <p>
 * The dates come from a {@link WorkingDayCalendar} given to each computation, so that the same time limit is
 * recomputed when the calendar changes.
 */
public final class TimeLimit {

	/** Beyond this a count is a mistake, not a legal time limit. */
	public static final int MAX_WORKING_DAYS = 1000;

	private final LocalDate start;
	private final int workingDays;
	private final List<Pause> pauses;
	private final List<Extension> extensions;
	private final LocalDate closedOn;
	private final List<TimeLimitChange> history;

	private TimeLimit(LocalDate start, int workingDays, List<Pause> pauses, List<Extension> extensions,
			LocalDate closedOn, List<TimeLimitChange> history) {
		this.start = start;
		this.workingDays = workingDays;
		this.pauses = List.copyOf(pauses);
		this.extensions = List.copyOf(extensions);
		this.closedOn = closedOn;
		this.history = List.copyOf(history);
	}

	/** A time limit of {@code workingDays} (1 to {@value #MAX_WORKING_DAYS}) counted after {@code start}. */
	public static TimeLimit start(LocalDate start, int workingDays) {
		Objects.requireNonNull(start, "start");
		requireWorkingDays(workingDays, "calendar.error.workingDays");
		return new TimeLimit(start, workingDays, List.of(), List.of(), null,
				List.of(new TimeLimitChange(Kind.STARTED, start, workingDays, null)));
	}

	/** Rebuilds a time limit from its history; the first entry must be {@link Kind#STARTED}. */
	public static TimeLimit replay(List<TimeLimitChange> history) {
		if (history.isEmpty() || history.get(0).kind() != Kind.STARTED) {
			throw new IllegalArgumentException("a history begins with STARTED");
		}
		TimeLimit limit = start(history.get(0).on(), history.get(0).workingDays());
		for (TimeLimitChange change : history.subList(1, history.size())) {
			limit = limit.apply(change);
		}
		return limit;
	}

	private TimeLimit apply(TimeLimitChange change) {
		return switch (change.kind()) {
			case STARTED -> throw new IllegalArgumentException("STARTED twice");
			case PAUSED -> pause(change.on(), change.reason());
			case RESUMED -> resume(change.on(), change.reason());
			case EXTENDED -> extend(change.workingDays(), change.on(), change.reason());
			case CLOSED -> close(change.on(), change.reason());
			case RECOMPUTED -> recomputed(change.on(), change.reason());
		};
	}

	/** Stops the clock on {@code on}: the working days after that day are not counted until resumed. */
	public TimeLimit pause(LocalDate on, String reason) {
		TimeLimitChange change = change(Kind.PAUSED, on, 0, reason);
		if (openPause().isPresent()) {
			throw new IllegalTransitionException("calendar.timeLimit.error.alreadyPaused", openPause().get().pausedOn());
		}
		Optional<LocalDate> lastResumed = pauses.stream().map(Pause::resumedOn).reduce((a, b) -> b);
		if (lastResumed.isPresent() && on.isBefore(lastResumed.get())) {
			throw new RuleViolationException("calendar.timeLimit.error.pauseOverlaps", on, lastResumed.get());
		}
		List<Pause> next = new ArrayList<>(pauses);
		next.add(new Pause(on, null, change.reason()));
		return new TimeLimit(start, workingDays, next, extensions, closedOn, append(change));
	}

	/** Restarts the clock: {@code on} itself is not counted, counting resumes the next day. */
	public TimeLimit resume(LocalDate on, String reason) {
		TimeLimitChange change = change(Kind.RESUMED, on, 0, reason);
		Pause open = openPause().orElseThrow(() -> new IllegalTransitionException("calendar.timeLimit.error.notPaused"));
		if (on.isBefore(open.pausedOn())) {
			throw new RuleViolationException("calendar.timeLimit.error.resumeBeforePause", on, open.pausedOn());
		}
		List<Pause> next = new ArrayList<>(pauses);
		next.set(next.size() - 1, open.resumedOn(on));
		return new TimeLimit(start, workingDays, next, extensions, closedOn, append(change));
	}

	/** Adds {@code days} (1 to {@value #MAX_WORKING_DAYS}) working days to the time limit. */
	public TimeLimit extend(int days, LocalDate on, String reason) {
		TimeLimitChange change = change(Kind.EXTENDED, on, days, reason);
		requireWorkingDays(days, "calendar.timeLimit.error.extension");
		List<Extension> next = new ArrayList<>(extensions);
		next.add(new Extension(days, on, change.reason()));
		return new TimeLimit(start, workingDays, pauses, next, closedOn, append(change));
	}

	/** The case is finished: no further change is accepted; its state stays as it was on {@code on}. */
	public TimeLimit close(LocalDate on, String reason) {
		TimeLimitChange change = change(Kind.CLOSED, on, 0, reason);
		return new TimeLimit(start, workingDays, pauses, extensions, on, append(change));
	}

	/** Records that the calendar changed on {@code on}; the time limit itself is unchanged. */
	public TimeLimit recomputed(LocalDate on, String reason) {
		TimeLimitChange change = change(Kind.RECOMPUTED, on, 0, reason);
		return new TimeLimit(start, workingDays, pauses, extensions, closedOn, append(change));
	}

	private TimeLimitChange change(Kind kind, LocalDate on, int days, String reason) {
		Objects.requireNonNull(on, "on");
		if (closedOn != null) {
			throw new IllegalTransitionException("calendar.timeLimit.error.closed", closedOn);
		}
		if (on.isBefore(start)) {
			throw new RuleViolationException("calendar.timeLimit.error.beforeStart", on, start);
		}
		if (reason != null && reason.strip().length() > TimeLimitChange.MAX_REASON_LENGTH) {
			throw new RuleViolationException("calendar.timeLimit.error.reasonTooLong", TimeLimitChange.MAX_REASON_LENGTH);
		}
		return new TimeLimitChange(kind, on, days, reason);
	}

	private List<TimeLimitChange> append(TimeLimitChange change) {
		List<TimeLimitChange> next = new ArrayList<>(history);
		next.add(change);
		return next;
	}

	private static void requireWorkingDays(int days, String messageKey) {
		if (days < 1 || days > MAX_WORKING_DAYS) {
			throw new RuleViolationException(messageKey, days, 1, MAX_WORKING_DAYS);
		}
	}

	/** Every day from the start to the deadline, sorted into counted, skipped and paused days. */
	public DeadlineExplanation explain(WorkingDayCalendar calendar) {
		return DeadlineCounting.count(this, calendar);
	}

	/** The deadline on this calendar; empty while the clock is paused. */
	public Optional<LocalDate> deadline(WorkingDayCalendar calendar) {
		return Optional.ofNullable(explain(calendar).deadline());
	}

	/** Where the time limit stands on {@code day}; a closed one is judged on its closing day. */
	public Assessment assess(LocalDate day, WorkingDayCalendar calendar, int dueSoonWithin) {
		return Assessment.of(this, closedOn != null && closedOn.isBefore(day) ? closedOn : day, calendar,
				dueSoonWithin);
	}

	public LocalDate start() {
		return start;
	}

	public int workingDays() {
		return workingDays;
	}

	public int extensionDays() {
		return extensions.stream().mapToInt(Extension::workingDays).sum();
	}

	public int totalWorkingDays() {
		return workingDays + extensionDays();
	}

	public List<Pause> pauses() {
		return pauses;
	}

	public Optional<Pause> openPause() {
		return pauses.isEmpty() || !pauses.get(pauses.size() - 1).open() ? Optional.empty()
				: Optional.of(pauses.get(pauses.size() - 1));
	}

	public List<Extension> extensions() {
		return extensions;
	}

	public Optional<LocalDate> closedOn() {
		return Optional.ofNullable(closedOn);
	}

	public List<TimeLimitChange> history() {
		return history;
	}

	/** Whether a pause leaves {@code day} out of the count. */
	boolean pausedOn(LocalDate day) {
		return pauses.stream().anyMatch(pause -> pause.covers(day));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TimeLimit that && history.equals(that.history);
	}

	@Override
	public int hashCode() {
		return history.hashCode();
	}

	@Override
	public String toString() {
		return "TimeLimit" + history;
	}
}
