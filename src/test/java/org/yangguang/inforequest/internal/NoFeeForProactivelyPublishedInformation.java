package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.inforequest.internal.Fixtures.CALENDAR;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.date;
import static org.yangguang.inforequest.internal.Fixtures.receivedOn;

import org.junit.jupiter.api.Test;
import org.yangguang.inforequest.FeeMethod;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.ReplyType;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.shared.RuleViolationException;

/** 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号): information already published proactively is never charged. */
class NoFeeForProactivelyPublishedInformation {

	@Test
	void noFeeNoticeForInformationAlreadyPublished() {
		InformationRequest request = receivedOn("2025-03-03");
		assertThatThrownBy(() -> request.issueFeeNotice(FeeMethod.PER_PAGE, 150, ReplyType.ALREADY_DISCLOSED,
				date("2025-03-05"), CLERK, CALENDAR, SETTINGS))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.messageKey()).isEqualTo("inforequest.error.noFeeForPublished"));
		assertThat(request.fee()).isNull();
		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);

		request.issueFeeNotice(FeeMethod.PER_PAGE, 150, ReplyType.DISCLOSED, date("2025-03-05"), CLERK, CALENDAR,
				SETTINGS);
		assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_FEE);
	}

	@Test
	void aChargedRequestIsNotAnsweredAsAlreadyPublished() {
		InformationRequest request = receivedOn("2025-03-03");
		request.issueFeeNotice(FeeMethod.PER_PAGE, 150, date("2025-03-05"), CLERK, CALENDAR, SETTINGS);
		request.recordPayment(date("2025-03-12"), CLERK);
		assertThatThrownBy(() -> request.reply(ReplyType.ALREADY_DISCLOSED, Outcome.GRANTED, null, "见政府网站",
				null, null, date("2025-04-01"), CLERK))
			.isInstanceOf(RuleViolationException.class);
		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
	}

	@Test
	void anUnchargedRequestMayBeAnsweredAsAlreadyPublished() {
		InformationRequest request = receivedOn("2025-03-03");
		request.reply(ReplyType.ALREADY_DISCLOSED, Outcome.GRANTED, null, "见政府网站", null, null, date("2025-03-10"),
				CLERK);
		assertThat(request.status()).isEqualTo(RequestStatus.REPLIED);
	}
}
