package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.inforequest.internal.Fixtures.CALENDAR;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.date;
import static org.yangguang.inforequest.internal.Fixtures.receivedOn;
import static org.yangguang.inforequest.internal.Fixtures.replyDeadline;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.yangguang.inforequest.FeeMethod;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/** 收费通知: the amount by the rule; payment within 20 working days; the reply clock waits (configurable). */
class FeeNoticePausesTheReplyClockUntilPaid {

	@Test
	void theWaitForPaymentDoesNotCountAndTheQingmingHolidayIsSkipped() {
		InformationRequest request = receivedOn("2025-03-03");
		assertThat(replyDeadline(request)).isEqualTo(date("2025-03-31"));

		request.issueFeeNotice(FeeMethod.PER_PAGE, 150, date("2025-03-05"), CLERK, CALENDAR, SETTINGS);
		assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_FEE);
		assertThat(request.fee().amount()).isEqualByComparingTo(new BigDecimal("1700"));
		assertThat(replyDeadline(request)).isNull();
		// 20 working days after 3-5, Qingming (4-4..4-6) skipped: 4-2
		assertThat(request.fee().dueOn()).isEqualTo(date("2025-04-02"));

		request.recordPayment(date("2025-03-12"), CLERK);

		// 3-6, 3-7, 3-10, 3-11, 3-12 did not count: 4-1, 4-2, 4-3, 4-7, 4-8
		assertThat(replyDeadline(request)).isEqualTo(date("2025-04-08"));
		assertThat(request.fee().paidOn()).isEqualTo(date("2025-03-12"));
		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
	}

	@Test
	void whenConfiguredNotToPauseTheReplyClockRunsOn() {
		InfoRequestSettings running = new InfoRequestSettings(20, 7, 15, 15, 20, 20, false, 3, Duration.ofMinutes(10),
				Duration.ofMinutes(5));
		InformationRequest request = receivedOn("2025-03-03");
		request.issueFeeNotice(FeeMethod.PER_PAGE, 150, date("2025-03-05"), CLERK, CALENDAR, running);
		assertThat(replyDeadline(request)).isEqualTo(date("2025-03-31"));
		request.recordPayment(date("2025-03-12"), CLERK);
		assertThat(replyDeadline(request)).isEqualTo(date("2025-03-31"));
	}

	@Test
	void unpaidByTheDueDateTheRequestIsClosedAsOtherHandling() {
		InformationRequest request = receivedOn("2025-03-03");
		request.issueFeeNotice(FeeMethod.PER_APPLICATION, 12, date("2025-03-05"), CLERK, CALENDAR, SETTINGS);
		assertThat(request.fee().amount()).isEqualByComparingTo(new BigDecimal("100"));
		assertThatThrownBy(() -> request.closeForNoFee(date("2025-04-02"), Actor.SYSTEM))
			.isInstanceOf(IllegalTransitionException.class);
		request.closeForNoFee(date("2025-04-03"), Actor.SYSTEM);
		assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(request.reply().outcome()).isEqualTo(Outcome.OTHER_NO_FEE);
		assertThat(request.clocks().open(ClockKind.FEE)).isEmpty();
		assertThat(request.clocks().open(ClockKind.REPLY)).isEmpty();
	}

	@Test
	void noFeeIsChargedWhereTheRuleChargesNothing() {
		InformationRequest request = receivedOn("2025-03-03");
		assertThatThrownBy(() -> request.issueFeeNotice(FeeMethod.PER_APPLICATION, 10, date("2025-03-05"), CLERK,
				CALENDAR, SETTINGS))
			.isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("inforequest.error.noFeeDue.per_application");
		assertThatThrownBy(() -> request.issueFeeNotice(FeeMethod.PER_PAGE, 30, date("2025-03-05"), CLERK, CALENDAR,
				SETTINGS))
			.isInstanceOf(RuleViolationException.class);
		assertThat(request.fee()).isNull();
		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
	}

	@Test
	void oneFeeNoticePerApplication() {
		InformationRequest request = receivedOn("2025-03-03");
		request.issueFeeNotice(FeeMethod.PER_PAGE, 150, date("2025-03-05"), CLERK, CALENDAR, SETTINGS);
		request.recordPayment(date("2025-03-06"), CLERK);
		assertThatThrownBy(() -> request.issueFeeNotice(FeeMethod.PER_PAGE, 200, date("2025-03-07"), CLERK, CALENDAR,
				SETTINGS)).isInstanceOf(IllegalTransitionException.class);
	}
}
