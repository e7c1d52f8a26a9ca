package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.application;
import static org.yangguang.inforequest.internal.Fixtures.date;
import static org.yangguang.inforequest.internal.Fixtures.replyDeadline;

import org.junit.jupiter.api.Test;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.ReceiptRule;

/**
 * 条例第三十一条: each channel has its rule for the date of receipt; the reply clock of an application by e-mail
 * starts on the day the office confirms receipt with the applicant, not the day the mail arrived.
 */
class ReceiptRuleNamesTheEventThatFixedTheDate {

	@Test
	void eachChannelHasTheRuleOfArticle31() {
		assertThat(ReceiptRule.of(Channel.IN_PERSON)).isEqualTo(ReceiptRule.HANDED_IN);
		assertThat(ReceiptRule.of(Channel.ORAL)).isEqualTo(ReceiptRule.MADE_ORALLY);
		assertThat(ReceiptRule.of(Channel.REGISTERED_POST)).isEqualTo(ReceiptRule.SIGNED_FOR);
		assertThat(ReceiptRule.of(Channel.POST)).isEqualTo(ReceiptRule.CONFIRMED_BY_OFFICE);
		assertThat(ReceiptRule.of(Channel.FAX)).isEqualTo(ReceiptRule.CONFIRMED_BY_OFFICE);
		assertThat(ReceiptRule.of(Channel.EMAIL)).isEqualTo(ReceiptRule.CONFIRMED_BY_OFFICE);
		assertThat(ReceiptRule.of(Channel.ONLINE)).isEqualTo(ReceiptRule.CONFIRMED_BY_SYSTEM);
		assertThat(Channel.fromKey("email")).isEqualTo(Channel.EMAIL);
	}

	@Test
	void anEmailArrivingBeforeNationalDayIsReceivedWhenTheOfficeConfirmsIt() {
		// arrived 2025-09-29, confirmed with the applicant on 2025-09-30: received 9-30, registered on 10-9
		InformationRequest request = InformationRequest.receive(application(Channel.EMAIL, date("2025-09-30")),
				"YSQ2025000002", true, date("2025-10-09"), SETTINGS, CLERK);
		assertThat(request.snapshot(Fixtures.CALENDAR).receiptRule()).isEqualTo(ReceiptRule.CONFIRMED_BY_OFFICE);
		// National Day 10-1..10-8 off; Saturday 10-11 a working day: the 20th working day is 11-4
		assertThat(replyDeadline(request)).isEqualTo(date("2025-11-04"));
	}
}
