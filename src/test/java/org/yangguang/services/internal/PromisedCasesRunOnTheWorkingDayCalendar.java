package org.yangguang.services.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.services.internal.CaseFixtures.CALENDAR;
import static org.yangguang.services.internal.CaseFixtures.date;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.calendar.TimeLimitState;
import org.yangguang.services.CaseStatus;
import org.yangguang.services.CaseStep;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * The clock of a promised case (承诺件) on the official calendar: it starts on the day of acceptance (not counted),
 * skips weekends and the National Day holiday but counts the adjusted working days, stops during a special
 * procedure (现场勘验), and a case not delivered by its deadline is overdue. Step budgets run on the same clock.
 */
class PromisedCasesRunOnTheWorkingDayCalendar {

	@Test
	void aCaseAcceptedBeforeNationalDayIsDueAfterTheHolidayCountingTheAdjustedSunday() {
		ServiceCase c = CaseFixtures.submitted(CaseFixtures.promised(), date("2025-09-26"), 1, 2, 3);
		c.accept(date("2025-09-26"), "窗口", 10);

		// 9-28 (adjusted Sunday), 9-29, 9-30, [10-1..10-8 holiday], 10-9, 10-10, 10-11 (adjusted Saturday), 10-13..10-16
		assertThat(c.deadline(CALENDAR)).isEqualTo(date("2025-10-16"));
		assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(c.step()).isEqualTo(CaseStep.REVIEW);
		// the review budget (4 days) ends on 10-9: 9-28, 9-29, 9-30, 10-9
		assertThat(c.budget(c.stepBudgetUntil(CaseStep.REVIEW), null).deadline(CALENDAR)).contains(date("2025-10-09"));
	}

	@Test
	void aSiteInspectionPausesTheClockAndMovesTheDeadlineByTheWorkingDaysItTook() {
		ServiceCase c = CaseFixtures.submitted(CaseFixtures.promised(), date("2025-09-26"), 1, 2, 3);
		c.accept(date("2025-09-26"), "窗口", 10);
		c.pause("现场勘验", date("2025-10-09"), "刘洋", 3L);

		assertThat(c.paused()).isTrue();
		assertThat(c.deadline(CALENDAR)).isNull();
		assertThatThrownBy(() -> c.decide(true, null, date("2025-10-10"), "刘洋"))
			.isInstanceOf(IllegalTransitionException.class);

		c.resume(date("2025-10-13"), "刘洋", 3L);
		// 10-10, 10-11 and 10-13 are not counted: three working days later than 10-16
		assertThat(c.deadline(CALENDAR)).isEqualTo(date("2025-10-21"));
	}

	@Test
	void aCaseNotDeliveredByItsDeadlineIsOverdueAndADeliveredOneIsJudgedOnItsDay() {
		ServiceCase late = CaseFixtures.submitted(CaseFixtures.promised(), date("2025-09-26"), 1, 2, 3);
		late.accept(date("2025-09-26"), "窗口", 10);
		assertThat(late.clock().assess(date("2025-10-17"), CALENDAR, 2).state()).isEqualTo(TimeLimitState.OVERDUE);
		assertThat(late.clock().assess(date("2025-10-15"), CALENDAR, 2).state()).isEqualTo(TimeLimitState.DUE_SOON);

		ServiceCase onTime = CaseFixtures.submitted(CaseFixtures.promised(), date("2025-09-26"), 1, 2, 3);
		onTime.accept(date("2025-09-26"), "窗口", 10);
		onTime.decide(true, null, date("2025-10-14"), "刘洋");
		onTime.deliver("window", null, date("2025-10-16"), "窗口");
		assertThat(onTime.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(onTime.clock().assess(date("2025-12-01"), CALENDAR, 2).state()).isNotEqualTo(TimeLimitState.OVERDUE);
	}

	@Test
	void anInstantCaseIsDueOnTheDayOfAcceptanceAndHasNoClockToPause() {
		ServiceCase c = CaseFixtures.submitted(CaseFixtures.instant(), date("2025-09-30"), 1, 2, 3);
		c.accept(date("2025-09-30"), "窗口", 0);

		assertThat(c.deadline(CALENDAR)).isEqualTo(date("2025-09-30"));
		assertThat(c.step()).isEqualTo(CaseStep.DECISION);
		assertThatThrownBy(() -> c.pause("公示", date("2025-09-30"), "窗口", 3L))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void aCaseIsAcceptedOnlyWithEveryRequiredMaterial() {
		ServiceCase c = CaseFixtures.submitted(CaseFixtures.promised(), date("2025-09-26"), 1, 2);
		assertThatThrownBy(() -> c.accept(date("2025-09-26"), "窗口", 10)).isInstanceOf(IllegalTransitionException.class)
			.satisfies(e -> assertThat(((IllegalTransitionException) e).args()[0]).isEqualTo("学历证书"));
	}

	@Test
	void theOneTimeNoticeNamesEveryMissingMaterialAndTheSupplementReturnsTheCaseToTheWindow() {
		ServiceCase c = CaseFixtures.submitted(CaseFixtures.promised(), date("2025-09-26"), 1);
		c.notice(List.of(2, 3), "身份证须核验原件", date("2025-09-26"), "窗口", null);
		assertThat(c.status()).isEqualTo(CaseStatus.INCOMPLETE);
		assertThat(c.happened()).last().satisfies(h -> assertThat(h.materials()).containsExactly(2, 3));

		c.supplement(List.of(2, 3), date("2025-09-29"), "张伟");
		assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
		c.accept(date("2025-09-29"), "窗口", 10);
		assertThat(c.acceptedOn()).isEqualTo(date("2025-09-29"));
	}

	@Test
	void aNoticeMustNameAtLeastOneOfTheItemsMaterials() {
		ServiceCase c = CaseFixtures.submitted(CaseFixtures.promised(), date("2025-09-26"), 1);
		assertThatThrownBy(() -> c.notice(List.of(), null, date("2025-09-26"), "窗口", null))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> c.notice(List.of(99), null, date("2025-09-26"), "窗口", null))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aSupplementAskedForAfterAcceptanceStopsTheClockUntilTheApplicantSuppliesIt() {
		ServiceCase c = CaseFixtures.submitted(CaseFixtures.promised(), date("2025-11-03"), 1, 2, 3);
		c.accept(date("2025-11-03"), "窗口", 10);
		assertThat(c.deadline(CALENDAR)).isEqualTo(date("2025-11-17"));
		c.notice(List.of(3), "学历证书需学信网认证报告", date("2025-11-05"), "刘洋", 3L);
		assertThat(c.status()).isEqualTo(CaseStatus.INCOMPLETE);
		assertThat(c.paused()).isTrue();
		c.supplement(List.of(3), date("2025-11-07"), "张伟");
		assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
		// 11-06 and 11-07 not counted
		assertThat(c.deadline(CALENDAR)).isEqualTo(date("2025-11-19"));
	}

	@Test
	void aResultIsDeliveredOnlyAfterTheFeeIsPaidOrWaived() {
		ServiceCase c = CaseFixtures.submitted(CaseFixtures.promised(), date("2025-11-03"), 1, 2, 3);
		c.accept(date("2025-11-03"), "窗口", 10);
		c.charge(new java.math.BigDecimal("80"), false, "发改价格规〔2016〕2559号", date("2025-11-03"), "窗口");
		c.decide(true, null, date("2025-11-10"), "刘洋");
		c.certified("ZZ1", date("2025-11-10"), "窗口");
		assertThatThrownBy(() -> c.deliver("window", null, date("2025-11-11"), "窗口"))
			.isInstanceOf(IllegalTransitionException.class);
		c.feePaid("SF2025000001", date("2025-11-11"), "窗口");
		c.deliver("post", "SF1234567890", date("2025-11-11"), "窗口");
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
	}
}
