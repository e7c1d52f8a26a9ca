package org.yangguang.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.calendar.internal.CalendarCache;
import org.yangguang.calendar.internal.DueSoonThresholds;
import org.yangguang.calendar.internal.StoredTimeLimit;
import org.yangguang.calendar.internal.TimeLimitRepository;
import org.yangguang.shared.JobLock;

/**
 * 到期提醒 — the clock speaks: every open time limit that has become due soon publishes {@link DeadlineApproaching},
 * and every one whose deadline passed publishes {@link DeadlineMissed}, exactly once per time limit and state change.
 * <p>
 * The last announced state is stored with the time limit and changed by a conditional UPDATE in the same transaction
 * that records the event in the publication registry: a second node sweeping at the same moment finds the state
 * already changed and publishes nothing; a restart finds it stored; a node that dies mid-sweep leaves either both the
 * state and the event or neither, and the next sweep finishes the job. A time limit whose deadline moved away again
 * (an extension, a calendar correction) goes back to "nothing announced", silently, and may warn again later. Paused
 * time limits keep their state until they run again. One node at a time runs the scheduled sweep ({@link JobLock}).
 */
@Component
class DeadlineSweep {

	static final String LOCK = "calendar.deadline-sweep";
	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	private final TimeLimitRepository repository;
	private final CalendarCache calendars;
	private final DueSoonThresholds thresholds;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final JobLock lock;
	private final Clock clock;
	private final Duration hold;

	DeadlineSweep(TimeLimitRepository repository, CalendarCache calendars, DueSoonThresholds thresholds,
			ApplicationEventPublisher events, TransactionTemplate transactions, JobLock lock, Clock clock,
			@Value("${yangguang.calendar.deadline-sweep.lock:PT10M}") Duration hold) {
		this.repository = repository;
		this.calendars = calendars;
		this.thresholds = thresholds;
		this.events = events;
		this.transactions = transactions;
		this.lock = lock;
		this.clock = clock;
		this.hold = hold;
	}

	@Scheduled(fixedDelayString = "${yangguang.calendar.deadline-sweep.interval:PT15M}",
			initialDelayString = "${yangguang.calendar.deadline-sweep.initial-delay:PT40S}")
	void scheduled() {
		if (!lock.tryAcquire(LOCK, hold)) {
			return;
		}
		try {
			sweep(LocalDate.now(clock));
		}
		finally {
			lock.release(LOCK);
		}
	}

	/** One pass over every open time limit as of {@code day}; returns how many warnings it published. */
	int sweep(LocalDate day) {
		WorkingDayCalendar calendar = calendars.current();
		int published = 0;
		for (StoredTimeLimit stored : repository.findOpen()) {
			try {
				if (Boolean.TRUE.equals(transactions.execute(tx -> announce(stored, day, calendar)))) {
					published++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Deadline sweep could not judge time limit {}: {}", stored.id(), e.getMessage());
			}
		}
		return published;
	}

	/** Publishes the warning of one time limit if its state changed since the last announcement. */
	private boolean announce(StoredTimeLimit stored, LocalDate day, WorkingDayCalendar calendar) {
		Assessment assessment = stored.timeLimit().assess(day, calendar, thresholds.forKind(stored.kind()));
		String target = switch (assessment.state()) {
			case DUE_SOON, OVERDUE -> assessment.state().name();
			case ON_TIME -> null;
			case PAUSED -> stored.announcedState();
		};
		if (Objects.equals(target, stored.announcedState())
				|| !repository.announce(stored.id(), stored.announcedState(), target) || target == null) {
			return false;
		}
		long id = stored.id().value();
		events.publishEvent(assessment.state() == TimeLimitState.OVERDUE
				? new DeadlineMissed(id, stored.kind(), stored.subjectType(), stored.subjectId(), assessment.deadline(),
						-assessment.remainingWorkingDays())
				: new DeadlineApproaching(id, stored.kind(), stored.subjectType(), stored.subjectId(),
						assessment.deadline(), assessment.remainingWorkingDays()));
		return true;
	}
}
