package org.yangguang.services.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.services.internal.CaseFixtures.CALENDAR;
import static org.yangguang.services.internal.CaseFixtures.date;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.shared.RuleViolationException;

/** The queue's rules: the estimated wait, and which appointment slots may be booked. */
class QueueRulesTest {

	@Test
	void theWaitGrowsWithThePeopleAheadAtTodaysAverageServiceTime() {
		assertThat(QueueRules.estimate(0, 6)).isZero();
		assertThat(QueueRules.estimate(3, 6)).isEqualTo(18);
		assertThat(QueueRules.estimate(4, 6)).isGreaterThan(QueueRules.estimate(3, 6));
		assertThat(QueueRules.average(List.of())).isEqualTo(QueueRules.DEFAULT_SERVICE_MINUTES);
		assertThat(QueueRules.average(List.of(Duration.ofMinutes(4), Duration.ofMinutes(7)))).isEqualTo(6);
	}

	@Test
	void aSlotIsAHalfHourInOfficeHoursOnAWorkingDayWithinTwoWeeks() {
		// 2025-09-26 (Friday): the next day 9-27 is a Saturday, 9-28 the Sunday made a working day for National Day
		QueueRules.checkAppointment(date("2025-09-28"), LocalTime.of(9, 30), date("2025-09-26"), CALENDAR, 0, 6);
		assertThatThrownBy(() -> QueueRules.checkAppointment(date("2025-09-27"), LocalTime.of(9, 30),
				date("2025-09-26"), CALENDAR, 0, 6)).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("slotNotWorkingDay");
		assertThatThrownBy(() -> QueueRules.checkAppointment(date("2025-10-02"), LocalTime.of(9, 30),
				date("2025-09-26"), CALENDAR, 0, 6)).hasMessageContaining("slotNotWorkingDay");
		assertThatThrownBy(() -> QueueRules.checkAppointment(date("2025-09-26"), LocalTime.of(9, 30),
				date("2025-09-26"), CALENDAR, 0, 6)).hasMessageContaining("slotRange");
		assertThatThrownBy(() -> QueueRules.checkAppointment(date("2025-09-29"), LocalTime.of(12, 30),
				date("2025-09-26"), CALENDAR, 0, 6)).hasMessageContaining("slotTime");
		assertThatThrownBy(() -> QueueRules.checkAppointment(date("2025-09-29"), LocalTime.of(9, 30),
				date("2025-09-26"), CALENDAR, 6, 6)).hasMessageContaining("slotFull");
	}
}
