package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.yangguang.calendar.internal.HolidayDataFile;
import org.yangguang.support.IntegrationTest;

/**
 * A change of a year records and publishes {@link TimeLimitRecomputed} for every open time limit whose deadline
 * moved, and for no other; a closed time limit's history ends with its closing. The shipped years are loaded once.
 */
@IntegrationTest
@RecordApplicationEvents
class ScheduleChangesArePublished {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	TimeLimits timeLimits;

	@Autowired
	ApplicationEvents events;

	@Test
	void onlyOpenTimeLimitsWhoseDeadlineMovesAreRecomputed() {
		int year = UnenteredYears.next(calendar);
		calendar.change(year, "测试通知", List.of(), List.of(), "先录入，不含节假日", "tester");
		String subject = UUID.randomUUID().toString();
		LocalDate start = LocalDate.of(year, 4, 28);
		TimeLimitId moved = timeLimits.start("test.reply", "calendar-test", subject, start, 5);
		TimeLimitId closed = timeLimits.start("test.reply", "calendar-test", subject, start, 5);
		timeLimits.close(closed, start.plusDays(1), null);
		TimeLimitId untouched = timeLimits.start("test.reply", "calendar-test", subject, LocalDate.of(year, 1, 5), 5);

		ScheduleApplied applied = calendar.change(year, "测试通知（更正）",
				LocalDate.of(year, 5, 1).datesUntil(LocalDate.of(year, 5, 6)).toList(), List.of(), "测试", "tester");

		List<TimeLimitRecomputed> published = events.stream(TimeLimitRecomputed.class)
			.filter(e -> e.subjectId().equals(subject)).toList();
		assertThat(published).extracting(TimeLimitRecomputed::id).containsExactly(moved);
		assertThat(published.get(0).previousDeadline()).isNotEqualTo(published.get(0).deadline());
		assertThat(published.get(0).year()).isEqualTo(year);
		assertThat(applied.recomputed()).extracting(TimeLimitRecomputed::id).contains(moved)
			.doesNotContain(closed, untouched);
		assertThat(timeLimits.get(closed).history()).extracting(e -> e.change().kind())
			.containsExactly(TimeLimitChange.Kind.STARTED, TimeLimitChange.Kind.CLOSED);
		assertThat(timeLimits.get(untouched).history()).hasSize(1);
	}

	@Test
	void shippedYearsAreLoadedOnce() {
		assertThat(calendar.calendar().scheduledYears()).contains(2020, 2021, 2022, 2023, 2024, 2025, 2026);
		YearSchedule shipped2024 = HolidayDataFile.load().stream().filter(s -> s.year() == 2024).findFirst()
			.orElseThrow();

		assertThatThrownBy(() -> calendar.addShipped(shipped2024)).isInstanceOf(DuplicateKeyException.class);
		assertThat(calendar.schedule(2024)).contains(shipped2024);
	}

	@Test
	void missingYearsAreTheCurrentAndNextYearsNotShipped() {
		int current = LocalDate.now(org.yangguang.Application.ZONE).getYear();
		List<Integer> shipped = HolidayDataFile.load().stream().map(YearSchedule::year).toList();

		assertThat(calendar.missingYears()).containsExactlyElementsOf(
				java.util.stream.IntStream.of(current, current + 1).filter(y -> !shipped.contains(y)).boxed().toList());
	}
}
