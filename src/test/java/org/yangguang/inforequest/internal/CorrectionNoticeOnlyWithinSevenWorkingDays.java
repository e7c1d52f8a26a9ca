package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.inforequest.internal.Fixtures.CALENDAR;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.date;
import static org.yangguang.inforequest.internal.Fixtures.receivedOn;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 条例第三十条: one consolidated correction notice within 7 working days of receipt. Around National Day 2025
 * (10-1 to 10-8 off, Sunday 9-28 and Saturday 10-11 worked), a request received on Friday 9-26 has its 7th working
 * day on Monday 10-13.
 */
class CorrectionNoticeOnlyWithinSevenWorkingDays {

	static final List<String> ITEMS = List.of("请写明所需信息的名称或文号", "请写明信息涉及的时间范围");

	@Test
	void onTheSeventhWorkingDayTheNoticeMayStillBeSent() {
		InformationRequest request = receivedOn("2025-09-26");
		request.requestCorrection(ITEMS, null, date("2025-10-13"), CLERK, CALENDAR, SETTINGS);
		assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
		assertThat(request.correction().items()).containsExactlyElementsOf(ITEMS);
	}

	@Test
	void onTheEighthWorkingDayTheNoticeIsRefused() {
		InformationRequest request = receivedOn("2025-09-26");
		assertThatThrownBy(() -> request.requestCorrection(ITEMS, null, date("2025-10-14"), CLERK, CALENDAR, SETTINGS))
			.isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("inforequest.error.correctionTooLate");
		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
	}

	@Test
	void theHolidayDoesNotUseUpTheSevenDays() {
		InformationRequest request = receivedOn("2025-09-30");
		// 10-9, 10-10, 10-11, 10-13, 10-14, 10-15, 10-16: still within 7 working days on 10-16
		request.requestCorrection(ITEMS, null, date("2025-10-16"), CLERK, CALENDAR, SETTINGS);
		assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
	}

	@Test
	void everyItemIsAskedOnceNotInASecondNotice() {
		InformationRequest request = receivedOn("2025-09-26");
		request.requestCorrection(ITEMS, null, date("2025-09-29"), CLERK, CALENDAR, SETTINGS);
		request.receiveCorrection("补正内容", date("2025-10-09"), CLERK, SETTINGS);
		assertThatThrownBy(() -> request.requestCorrection(List.of("再补充"), null, date("2025-10-10"), CLERK, CALENDAR,
				SETTINGS))
			.isInstanceOf(IllegalTransitionException.class)
			.extracting(e -> ((IllegalTransitionException) e).messageKey())
			.isEqualTo("inforequest.error.correctionOnce");
	}

	@Test
	void aNoticeMustListWhatToCorrectAndGiveADueDateAfterIt() {
		InformationRequest request = receivedOn("2025-09-26");
		assertThatThrownBy(() -> request.requestCorrection(List.of(" "), null, date("2025-09-29"), CLERK, CALENDAR,
				SETTINGS))
			.extracting(e -> ((RuleViolationException) e).field()).isEqualTo("items");
		assertThatThrownBy(() -> request.requestCorrection(ITEMS, date("2025-09-29"), date("2025-09-29"), CLERK,
				CALENDAR, SETTINGS))
			.extracting(e -> ((RuleViolationException) e).field()).isEqualTo("dueOn");
	}

	@Test
	void withoutACorrectionByTheDueDateTheRequestIsClosedAsOtherHandling() {
		InformationRequest request = receivedOn("2025-09-26");
		request.requestCorrection(ITEMS, date("2025-10-17"), date("2025-09-29"), CLERK, CALENDAR, SETTINGS);
		assertThatThrownBy(() -> request.closeForNoCorrection(date("2025-10-17"), Actor.SYSTEM))
			.isInstanceOf(IllegalTransitionException.class);
		request.closeForNoCorrection(date("2025-10-20"), Actor.SYSTEM);
		assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(request.reply().outcome().key()).isEqualTo("other.noCorrection");
		assertThat(request.reply().decidedOn()).isEqualTo(date("2025-10-20"));
	}
}
