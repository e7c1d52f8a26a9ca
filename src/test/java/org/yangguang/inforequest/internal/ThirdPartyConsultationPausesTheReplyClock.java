package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.inforequest.internal.Fixtures.CALENDAR;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.date;
import static org.yangguang.inforequest.internal.Fixtures.receivedOn;
import static org.yangguang.inforequest.internal.Fixtures.replyDeadline;

import org.junit.jupiter.api.Test;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 条例第三十二条、第三十三条第二款: the third party has 15 working days; the time spent consulting it does not count.
 * A request received on 2025-09-01 is due on Sunday 9-28 (an adjusted working day).
 */
class ThirdPartyConsultationPausesTheReplyClock {

	@Test
	void theDaysSpentConsultingAreAddedAfterTheDeadlineAcrossNationalDay() {
		InformationRequest request = receivedOn("2025-09-01");
		assertThat(replyDeadline(request)).isEqualTo(date("2025-09-28"));

		request.consultThirdParty("余庆县某置业有限公司", "0851-26221234", date("2025-09-10"), CLERK, CALENDAR, SETTINGS);
		assertThat(request.status()).isEqualTo(RequestStatus.CONSULTING_THIRD_PARTY);
		assertThat(replyDeadline(request)).as("paused: no deadline").isNull();
		// 9-11, 9-12, 9-15..19, 9-22..26, 9-28, 9-29, 9-30
		assertThat(request.thirdParty().dueOn()).isEqualTo(date("2025-09-30"));

		request.recordThirdPartyOpinion(false, "涉及商业秘密", date("2025-09-24"), CLERK);

		// ten working days (9-11..9-24) did not count: 9-29, 9-30, 10-9, 10-10, 10-11, 10-13..10-17
		assertThat(replyDeadline(request)).isEqualTo(date("2025-10-17"));
		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(request.thirdParty().consent()).isFalse();
	}

	@Test
	void silenceEndsThePauseOnTheLastDayOfTheThirdPartysPeriod() {
		InformationRequest request = receivedOn("2025-09-01");
		request.consultThirdParty("某公司", null, date("2025-09-10"), CLERK, CALENDAR, SETTINGS);
		assertThatThrownBy(() -> request.endThirdPartySilence(date("2025-09-30"), Actor.SYSTEM))
			.isInstanceOf(IllegalTransitionException.class);

		request.endThirdPartySilence(date("2025-10-09"), Actor.SYSTEM);

		// 15 working days (9-11..9-30) did not count: 9-29, 9-30, 10-9, 10-10, 10-11, 10-13..10-17, 10-20..10-24
		assertThat(replyDeadline(request)).isEqualTo(date("2025-10-24"));
		assertThat(request.thirdParty().silent()).isTrue();
		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
	}

	@Test
	void anObjectionMustGiveItsReasons() {
		InformationRequest request = receivedOn("2025-09-01");
		request.consultThirdParty("某公司", null, date("2025-09-10"), CLERK, CALENDAR, SETTINGS);
		assertThatThrownBy(() -> request.recordThirdPartyOpinion(false, " ", date("2025-09-12"), CLERK))
			.isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).field()).isEqualTo("reason");
	}

	@Test
	void noReplyWhileTheThirdPartyIsConsulted() {
		InformationRequest request = receivedOn("2025-09-01");
		request.consultThirdParty("某公司", null, date("2025-09-10"), CLERK, CALENDAR, SETTINGS);
		assertThatThrownBy(() -> request.reply(null, org.yangguang.inforequest.Outcome.GRANTED, null, "内容", null, null,
				date("2025-09-11"), CLERK)).isInstanceOf(IllegalTransitionException.class);
	}
}
