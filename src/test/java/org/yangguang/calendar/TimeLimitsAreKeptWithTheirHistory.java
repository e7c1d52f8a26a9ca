package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.calendar.TimeLimitChange.Kind;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.support.IntegrationTest;

/** The facade other modules use: every change is stored, replayed and explained. */
@IntegrationTest
class TimeLimitsAreKeptWithTheirHistory {

	@Autowired
	TimeLimits timeLimits;

	private final String subject = UUID.randomUUID().toString();

	@Test
	void pauseResumeExtendAndCloseAreStoredWithTheDeadlineEachLedTo() {
		TimeLimitId id = timeLimits.start("test.reply", "calendar-test", subject, LocalDate.of(2024, 3, 1), 10);

		timeLimits.pause(id, LocalDate.of(2024, 3, 5), "补正");
		TimeLimitStatus paused = timeLimits.get(id);
		assertThat(paused.deadline()).isNull();
		assertThat(paused.state()).isEqualTo(TimeLimitState.PAUSED);
		assertThat(paused.remainingWorkingDays()).isEqualTo(8);

		timeLimits.resume(id, LocalDate.of(2024, 3, 7), "已补正");
		timeLimits.extend(id, 2, LocalDate.of(2024, 3, 8), "延期");
		TimeLimitStatus closed = timeLimits.close(id, LocalDate.of(2024, 3, 20), null);

		assertThat(closed.deadline()).isEqualTo(LocalDate.of(2024, 3, 21));
		assertThat(closed.closed()).isTrue();
		assertThat(closed.state()).isEqualTo(TimeLimitState.DUE_SOON);
		assertThat(closed.history()).extracting(e -> e.change().kind()).containsExactly(Kind.STARTED, Kind.PAUSED,
				Kind.RESUMED, Kind.EXTENDED, Kind.CLOSED);
		assertThat(closed.history()).extracting(TimeLimitHistoryEntry::deadlineAfter).containsExactly(
				LocalDate.of(2024, 3, 15), null, LocalDate.of(2024, 3, 19), LocalDate.of(2024, 3, 21),
				LocalDate.of(2024, 3, 21));
		assertThat(timeLimits.explain(id).pausedDays()).containsExactly(LocalDate.of(2024, 3, 6),
				LocalDate.of(2024, 3, 7));
		assertThat(timeLimits.forSubject("calendar-test", subject)).extracting(TimeLimitStatus::id)
			.containsExactly(id);
	}

	@Test
	void anOverdueTimeLimitIsFoundAmongTheDueOnes() {
		TimeLimitId id = timeLimits.start("test.reply", "calendar-test", subject, LocalDate.of(2024, 2, 5), 20);

		TimeLimitStatus status = timeLimits.get(id);
		assertThat(status.state()).isEqualTo(TimeLimitState.OVERDUE);
		assertThat(status.remainingWorkingDays()).isNegative();
		assertThat(timeLimits.dueBy(LocalDate.of(2024, 3, 8))).extracting(TimeLimitStatus::id).contains(id);
		assertThat(timeLimits.dueBy(LocalDate.of(2024, 3, 7))).extracting(TimeLimitStatus::id).doesNotContain(id);
	}

	@Test
	void invalidRequestsAreRefused() {
		TimeLimitId id = timeLimits.start("test.reply", "calendar-test", subject, LocalDate.of(2024, 3, 1), 10);

		assertThatThrownBy(() -> timeLimits.start("", "calendar-test", subject, LocalDate.of(2024, 3, 1), 10))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> timeLimits.extend(id, -3, LocalDate.of(2024, 3, 4), null))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> timeLimits.resume(id, LocalDate.of(2024, 3, 4), null))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> timeLimits.get(new TimeLimitId(-1))).isInstanceOf(NotFoundException.class);
		assertThat(timeLimits.get(id).history()).hasSize(1);
	}
}
