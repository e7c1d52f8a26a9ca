package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.internal.Fixtures.CALENDAR;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.date;
import static org.yangguang.inforequest.internal.Fixtures.receivedOn;
import static org.yangguang.inforequest.internal.Fixtures.replyDeadline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.inforequest.RequestStatus;

/**
 * 条例第三十条: the reply deadline counts from the receipt of the corrected application, in full, whatever time had
 * run before. Around Spring Festival 2025 (1–28 to 2–4 off, 1–26 and 2–8 worked).
 */
class ReplyClockRestartsOnReceiptOfTheCorrection {

	@Test
	void twentyWorkingDaysFromReceiptSkipSpringFestivalAndCountTheAdjustedWeekendDays() {
		InformationRequest request = receivedOn("2025-01-20");
		// 1-21..1-24, 1-26 (Sunday worked), 1-27, then 2-5..2-7, 2-8 (Saturday worked), 2-10..2-14, 2-17..2-21
		assertThat(replyDeadline(request)).isEqualTo(date("2025-02-21"));
	}

	@Test
	void theReplyClockRestartsInFullFromTheDayTheCorrectionArrives() {
		InformationRequest request = receivedOn("2025-01-20");
		request.requestCorrection(List.of("请写明所需文件的文号"), null, date("2025-01-27"), CLERK, CALENDAR, SETTINGS);
		assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
		assertThat(request.clocks().open(ClockKind.REPLY)).as("the first reply clock is closed").isEmpty();
		// the applicant's 15 working days: 2-5..2-7, 2-8, 2-10..2-14, 2-17..2-21, 2-24
		assertThat(request.correction().dueOn()).isEqualTo(date("2025-02-24"));

		request.receiveCorrection("文号为余教发〔2025〕3号", date("2025-02-10"), CLERK, SETTINGS);

		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		TimeLimit restarted = request.replyClock();
		assertThat(restarted.start()).isEqualTo(date("2025-02-10"));
		assertThat(restarted.workingDays()).isEqualTo(20);
		// 2-11..2-14, 2-17..2-21, 2-24..2-28, 3-3..3-7, 3-10
		assertThat(replyDeadline(request)).isEqualTo(date("2025-03-10"));
		assertThat(request.clocks().open(ClockKind.CORRECTION)).isEmpty();
	}

	@Test
	void theCorrectionNoticeGivesTheDeadlineTheClerkChose() {
		InformationRequest request = receivedOn("2025-01-20");
		request.requestCorrection(List.of("请写明所需信息的名称"), date("2025-02-14"), date("2025-01-22"), CLERK, CALENDAR,
				SETTINGS);
		assertThat(request.correction().dueOn()).isEqualTo(date("2025-02-14"));
	}

	@Test
	void aDueDateOnAHolidayEndsOnTheLastWorkingDayBeforeIt() {
		InformationRequest request = receivedOn("2025-01-20");
		request.requestCorrection(List.of("请写明所需信息的名称"), date("2025-02-02"), date("2025-01-22"), CLERK, CALENDAR,
				SETTINGS);
		// 1-23, 1-24, 1-26, 1-27 are the working days before the holiday: the period ends on 1-27
		assertThat(request.correction().dueOn()).isEqualTo(date("2025-01-27"));
	}
}
