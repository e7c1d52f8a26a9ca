package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yangguang.support.IntegrationTest;

/**
 * 到期提醒: a time limit that becomes due soon and then overdue is announced exactly once in each state — even with
 * two nodes sweeping at the same moment, and when the sweep runs again after a restart (all state is in the
 * database). An extension that moves the deadline away lets it warn again later.
 */
@IntegrationTest
class DeadlineWarningsAreAnnouncedOnce {

	/** Every warning whose publishing transaction committed, as a listener on another node would receive it. */
	static final Queue<Object> COMMITTED = new ConcurrentLinkedQueue<>();

	@TestConfiguration
	static class CommittedWarnings {

		@Bean
		Object committedWarningsRecorder() {
			return new Object() {
				@TransactionalEventListener
				void on(DeadlineApproaching warning) {
					COMMITTED.add(warning);
				}

				@TransactionalEventListener
				void on(DeadlineMissed warning) {
					COMMITTED.add(warning);
				}
			};
		}
	}

	@Autowired
	TimeLimits timeLimits;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	@Test
	void dueSoonThenOverdueIsAnnouncedOnceEachByTwoNodesAndAfterARestart() throws Exception {
		String subject = UUID.randomUUID().toString();
		LocalDate today = LocalDate.now(clock);
		TimeLimitId id = timeLimits.start("test.reply", "calendar-test", subject, today, 5);
		LocalDate deadline = timeLimits.get(id).deadline();
		LocalDate dueSoon = previousWorkingDay(deadline);
		LocalDate overdue = deadline.plusDays(1);

		sweepOnTwoNodes(today);
		assertThat(warnings(subject)).as("on time: nothing to say").isEmpty();
		sweepOnTwoNodes(dueSoon);
		timeLimits.announceDeadlines(dueSoon); // the node restarts and sweeps again
		assertThat(warnings(subject)).singleElement().isInstanceOfSatisfying(DeadlineApproaching.class, w -> {
			assertThat(w.timeLimitId()).isEqualTo(id.value());
			assertThat(w.deadline()).isEqualTo(deadline);
			assertThat(w.remainingWorkingDays()).isEqualTo(1);
			assertThat(w.kind()).isEqualTo("test.reply");
		});

		sweepOnTwoNodes(overdue);
		timeLimits.announceDeadlines(overdue);
		timeLimits.announceDeadlines(overdue.plusDays(3));
		assertThat(warnings(subject)).hasSize(2).last().isInstanceOfSatisfying(DeadlineMissed.class, w -> {
			assertThat(w.deadline()).isEqualTo(deadline);
			assertThat(w.overdueWorkingDays()).isPositive();
		});
	}

	@Test
	void anExtendedDeadlineWarnsAgainWhenItComesNear() {
		String subject = UUID.randomUUID().toString();
		LocalDate today = LocalDate.now(clock);
		TimeLimitId id = timeLimits.start("test.reply", "calendar-test", subject, today, 5);
		LocalDate deadline = timeLimits.get(id).deadline();
		timeLimits.announceDeadlines(deadline);
		timeLimits.extend(id, 10, today, "延长答复期限");
		LocalDate extended = timeLimits.get(id).deadline();

		timeLimits.announceDeadlines(deadline); // on time again: silently forgotten
		timeLimits.announceDeadlines(extended);

		assertThat(warnings(subject)).hasSize(2).allMatch(DeadlineApproaching.class::isInstance)
			.extracting(w -> ((DeadlineApproaching) w).deadline()).containsExactly(deadline, extended);
	}

	@Test
	void closedAndPausedTimeLimitsStaySilent() {
		String subject = UUID.randomUUID().toString();
		LocalDate today = LocalDate.now(clock);
		TimeLimitId closed = timeLimits.start("test.reply", "calendar-test", subject, today, 5);
		LocalDate deadline = timeLimits.get(closed).deadline();
		timeLimits.close(closed, today, "已办结");
		TimeLimitId paused = timeLimits.start("test.reply", "calendar-test", subject, today, 5);
		timeLimits.pause(paused, today, "征求第三方意见");

		timeLimits.announceDeadlines(deadline.plusDays(30));

		assertThat(warnings(subject)).isEmpty();
	}

	private LocalDate previousWorkingDay(LocalDate day) {
		LocalDate before = day.minusDays(1);
		while (!calendar.calendar().isWorkingDay(before)) {
			before = before.minusDays(1);
		}
		return before;
	}

	/** Two nodes run the sweep for {@code day} at the same moment; returns how many warnings both published. */
	private int sweepOnTwoNodes(LocalDate day) throws Exception {
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> runs = List.of(nodes.submit(() -> {
				start.await();
				return timeLimits.announceDeadlines(day);
			}), nodes.submit(() -> {
				start.await();
				return timeLimits.announceDeadlines(day);
			}));
			start.countDown();
			return runs.get(0).get() + runs.get(1).get();
		}
		finally {
			nodes.shutdown();
		}
	}

	private static List<Object> warnings(String subject) {
		return COMMITTED.stream().filter(w -> subject.equals(w instanceof DeadlineApproaching a ? a.subjectId()
				: ((DeadlineMissed) w).subjectId())).toList();
	}
}
