package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.internal.Fixtures.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yangguang.inforequest.Channel;

/** 条例第三十一条: the date of receipt depends on the channel; it is never in the future. */
class ReceiptDateFollowsTheChannel {

	@Test
	void anOnlineApplicationIsReceivedTheDayItIsSubmitted() {
		assertThat(ReceiptDateRule.check(Channel.ONLINE, date("2026-03-02"), date("2026-03-02")).allowed()).isTrue();
		assertThat(ReceiptDateRule.check(Channel.ONLINE, date("2026-03-01"), date("2026-03-02")))
			.isEqualTo(Decision.reject("receivedOn", "inforequest.error.onlineReceivedToday"));
	}

	@Test
	void aLetterSignedForLastWeekIsReceivedThatDay() {
		assertThat(ReceiptDateRule.check(Channel.REGISTERED_POST, date("2026-02-24"), date("2026-03-02")).allowed())
			.isTrue();
	}

	@ParameterizedTest
	@EnumSource(Channel.class)
	void noChannelReceivesInTheFuture(Channel channel) {
		assertThat(ReceiptDateRule.check(channel, date("2026-03-03"), date("2026-03-02")))
			.isEqualTo(Decision.reject("receivedOn", "inforequest.error.receivedInFuture", "2026-03-03"));
	}

	@ParameterizedTest
	@EnumSource(Channel.class)
	void aMissingDateNamesTheRuleOfItsChannel(Channel channel) {
		assertThat(ReceiptDateRule.check(channel, null, date("2026-03-02")))
			.isEqualTo(Decision.reject("receivedOn", "inforequest.error.receivedOnRequired." + channel.key()));
	}
}
