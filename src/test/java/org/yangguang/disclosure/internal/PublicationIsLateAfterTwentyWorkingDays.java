package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.calendar.internal.HolidayDataFile;
import org.yangguang.disclosure.PublicationStanding;

/**
 * 公开时限: published more than 20 working days after being formed is late, counted on the official calendar
 * (the day formed not counted; holidays skipped; adjusted weekend working days counted).
 */
class PublicationIsLateAfterTwentyWorkingDays {

	static final WorkingDayCalendar OFFICIAL = WorkingDayCalendar.of(HolidayDataFile.load());
	static final PublicationTimeliness RULE = new PublicationTimeliness(OFFICIAL, 5);

	/**
	 * Formed 2024-09-20 (Friday): Sept 23–27 (5), Sun 29 Sept worked (6), 30 Sept (7), National Day 1–7 Oct off,
	 * 8–11 Oct (11), Sat 12 Oct worked (12), 14–18 Oct (17), 21–23 Oct (20): the deadline is Wednesday 23 October.
	 */
	@Test
	void nationalDay2024MovesTheDeadlineToTheTwentyThirdOfOctober() {
		assertThat(RULE.deadline(LocalDate.parse("2024-09-20"))).isEqualTo("2024-10-23");
		var explanation = RULE.explain(LocalDate.parse("2024-09-20"));
		assertThat(explanation.adjustedWorkingDays()).containsExactly(LocalDate.parse("2024-09-29"),
				LocalDate.parse("2024-10-12"));
		assertThat(explanation.skippedHolidays()).contains(LocalDate.parse("2024-10-01"), LocalDate.parse("2024-10-07"));
		assertThat(explanation.provisional()).isFalse();
	}

	@ParameterizedTest(name = "formed {0}, published {1}: late = {2}")
	@CsvSource({ "2024-09-20, 2024-10-23, false", "2024-09-20, 2024-10-24, true", "2024-09-20, 2024-10-25, true",
			"2024-09-20, 2024-10-08, false", "2024-09-20, 2024-09-20, false",
			// 20 calendar days later is well within 20 working days
			"2025-03-03, 2025-03-23, false",
			// Spring Festival 2025 (28 Jan – 4 Feb off, 26 Jan and 8 Feb worked)
			"2025-01-20, 2025-02-21, false", "2025-01-20, 2025-02-24, true" })
	void lateMeansAfterTheDeadline(LocalDate formed, LocalDate published, boolean late) {
		assertThat(RULE.late(formed, published)).isEqualTo(late);
	}

	@Test
	void beforePublicationAVersionIsOnTimeAtRiskOrOverdue() {
		LocalDate formed = LocalDate.parse("2024-09-20");
		var early = RULE.judge(formed, LocalDate.parse("2024-09-23"));
		assertThat(early.standing()).isEqualTo(PublicationStanding.ON_TIME);
		assertThat(early.remainingWorkingDays()).isEqualTo(19);
		var atRisk = RULE.judge(formed, LocalDate.parse("2024-10-16"));
		assertThat(atRisk.remainingWorkingDays()).isEqualTo(5);
		assertThat(atRisk.standing()).isEqualTo(PublicationStanding.AT_RISK);
		var lastDay = RULE.judge(formed, LocalDate.parse("2024-10-23"));
		assertThat(lastDay.remainingWorkingDays()).isZero();
		assertThat(lastDay.standing()).isEqualTo(PublicationStanding.AT_RISK);
		var overdue = RULE.judge(formed, LocalDate.parse("2024-10-25"));
		assertThat(overdue.standing()).isEqualTo(PublicationStanding.OVERDUE);
		assertThat(overdue.remainingWorkingDays()).isEqualTo(-2);
		assertThat(overdue.standing().todoState()).isEqualTo("overdue");
	}
}
