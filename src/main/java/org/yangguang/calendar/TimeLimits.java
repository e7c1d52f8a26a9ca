package org.yangguang.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.calendar.internal.CalendarCache;
import org.yangguang.calendar.internal.DueSoonThresholds;
import org.yangguang.calendar.internal.StoredTimeLimit;
import org.yangguang.calendar.internal.TimeLimitRepository;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 办理时限 — the time limits of every module's cases, kept here so that they are all recomputed when the
 * calendar changes. A module starts a time limit when its case begins, pauses, resumes, extends and closes it
 * as the case goes, and shows its {@link TimeLimitStatus} (deadline, state, remaining working days, explanation
 * and history). Each method joins the caller's transaction.
 */
@Service
@Transactional
public class TimeLimits {

	private static final int MAX_NAME_LENGTH = 100;

	private final TimeLimitRepository repository;
	private final CalendarCache calendars;
	private final DueSoonThresholds thresholds;
	private final ApplicationEventPublisher events;
	private final DeadlineSweep sweep;
	private final Clock clock;

	TimeLimits(TimeLimitRepository repository, CalendarCache calendars, DueSoonThresholds thresholds,
			ApplicationEventPublisher events, DeadlineSweep sweep, Clock clock) {
		this.repository = repository;
		this.calendars = calendars;
		this.thresholds = thresholds;
		this.events = events;
		this.sweep = sweep;
		this.clock = clock;
	}

	/**
	 * Starts a time limit of {@code workingDays} counted after {@code startDate} (the day of receipt).
	 *
	 * @param kind        the kind of time limit, e.g. {@code inforequest.reply}; chooses the due-soon threshold
	 * @param subjectType the kind of case, e.g. {@code information-request}
	 * @param subjectId   the case's id
	 */
	public TimeLimitId start(String kind, String subjectType, String subjectId, LocalDate startDate, int workingDays) {
		requireName("kind", kind);
		requireName("subjectType", subjectType);
		requireName("subjectId", subjectId);
		TimeLimit limit = TimeLimit.start(startDate, workingDays);
		return repository.insert(kind, subjectType, subjectId, limit, limit.explain(calendars.current()),
				clock.instant());
	}

	/**
	 * Stores a time limit a module computed as a value ({@link TimeLimit}): started here when {@code id} is null,
	 * otherwise each history entry after the first {@code storedChanges} becomes the matching pause, resume, extend
	 * or close. Nothing is written when nothing changed.
	 *
	 * @return the time limit's id
	 */
	public TimeLimitId save(TimeLimitId id, int storedChanges, String kind, String subjectType, String subjectId,
			TimeLimit limit) {
		List<TimeLimitChange> history = limit.history();
		TimeLimitId stored = id;
		int next = storedChanges;
		if (stored == null) {
			TimeLimitChange started = history.get(0);
			stored = start(kind, subjectType, subjectId, started.on(), started.workingDays());
			next = 1;
		}
		for (TimeLimitChange change : history.subList(next, history.size())) {
			switch (change.kind()) {
				case PAUSED -> pause(stored, change.on(), change.reason());
				case RESUMED -> resume(stored, change.on(), change.reason());
				case EXTENDED -> extend(stored, change.workingDays(), change.on(), change.reason());
				case CLOSED -> close(stored, change.on(), change.reason());
				case STARTED, RECOMPUTED -> throw new IllegalStateException("a module never records " + change.kind());
			}
		}
		return stored;
	}

	/** Stops the clock: the working days after {@code on} are not counted until {@link #resume}. */
	public TimeLimitStatus pause(TimeLimitId id, LocalDate on, String reason) {
		return change(id, limit -> limit.pause(on, reason));
	}

	/** Restarts the clock: {@code on} is not counted, counting resumes the next day. */
	public TimeLimitStatus resume(TimeLimitId id, LocalDate on, String reason) {
		return change(id, limit -> limit.resume(on, reason));
	}

	/** Adds {@code workingDays} to the time limit. */
	public TimeLimitStatus extend(TimeLimitId id, int workingDays, LocalDate on, String reason) {
		return change(id, limit -> limit.extend(workingDays, on, reason));
	}

	/** The case is finished on {@code on}; the time limit is judged on that day from now on. */
	public TimeLimitStatus close(TimeLimitId id, LocalDate on, String reason) {
		return change(id, limit -> limit.close(on, reason));
	}

	@Transactional(readOnly = true)
	public TimeLimitStatus get(TimeLimitId id) {
		return status(load(id), calendars.current());
	}

	/** Why the deadline is the date it is: counted days, skipped weekends and holidays, pauses, extensions. */
	@Transactional(readOnly = true)
	public DeadlineExplanation explain(TimeLimitId id) {
		return get(id).assessment().explanation();
	}

	/** Every time limit of a case, oldest first. */
	@Transactional(readOnly = true)
	public List<TimeLimitStatus> forSubject(String subjectType, String subjectId) {
		WorkingDayCalendar calendar = calendars.current();
		return repository.findBySubject(subjectType, subjectId).stream().map(s -> status(s, calendar)).toList();
	}

	/** Open, running time limits whose deadline is on or before {@code day}, in one query. */
	@Transactional(readOnly = true)
	public List<TimeLimitStatus> dueBy(LocalDate day) {
		WorkingDayCalendar calendar = calendars.current();
		return repository.findRunningDueBy(day).stream().map(s -> status(s, calendar)).toList();
	}

	/**
	 * Announces, as of {@code day}, every open time limit that became due soon ({@link DeadlineApproaching}) or
	 * overdue ({@link DeadlineMissed}) since its last announcement, each in its own transaction. The scheduled sweep
	 * runs this for today on one node at a time; running it again, or on two nodes at once, announces nothing twice.
	 *
	 * @return how many warnings were published
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int announceDeadlines(LocalDate day) {
		return sweep.sweep(day);
	}

	/**
	 * Recomputes every open time limit on {@code calendar} (a year's schedule just changed). A time limit whose
	 * deadline or provisional flag changes gets a history entry saying why, and {@link TimeLimitRecomputed} is
	 * published for it.
	 *
	 * @return the time limits whose deadline or provisional flag changed
	 */
	List<TimeLimitRecomputed> recomputeOpen(WorkingDayCalendar calendar, int year, String reason) {
		LocalDate today = LocalDate.now(clock);
		List<TimeLimitRecomputed> recomputed = new ArrayList<>();
		for (StoredTimeLimit stored : repository.findOpen()) {
			TimeLimit limit = stored.timeLimit();
			DeadlineExplanation explanation = limit.explain(calendar);
			if (Objects.equals(explanation.deadline(), stored.dueDate())
					&& explanation.provisional() == stored.provisional()) {
				continue;
			}
			LocalDate on = today.isBefore(limit.start()) ? limit.start() : today;
			TimeLimit next = limit.recomputed(on, reason);
			repository.update(stored, next, explanation, clock.instant());
			TimeLimitRecomputed event = new TimeLimitRecomputed(stored.id(), stored.kind(), stored.subjectType(),
					stored.subjectId(), stored.dueDate(), explanation.deadline(), explanation.provisional(), year,
					reason);
			events.publishEvent(event);
			recomputed.add(event);
		}
		return recomputed;
	}

	private TimeLimitStatus change(TimeLimitId id, UnaryOperator<TimeLimit> change) {
		StoredTimeLimit stored = load(id);
		WorkingDayCalendar calendar = calendars.current();
		TimeLimit next = change.apply(stored.timeLimit());
		repository.update(stored, next, next.explain(calendar), clock.instant());
		return status(load(id), calendar);
	}

	private StoredTimeLimit load(TimeLimitId id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("calendar.timeLimit.error.notFound", id));
	}

	private TimeLimitStatus status(StoredTimeLimit stored, WorkingDayCalendar calendar) {
		TimeLimit limit = stored.timeLimit();
		Assessment assessment = limit.assess(LocalDate.now(clock), calendar, thresholds.forKind(stored.kind()));
		return new TimeLimitStatus(stored.id(), stored.kind(), stored.subjectType(), stored.subjectId(), limit,
				assessment, stored.history());
	}

	private static void requireName(String field, String value) {
		if (value == null || value.isBlank() || value.length() > MAX_NAME_LENGTH) {
			throw RuleViolationException.onField(field, "calendar.timeLimit.error.name", field, MAX_NAME_LENGTH);
		}
	}
}
