package org.yangguang.inforequest.internal;

import java.time.LocalDate;

import org.yangguang.inforequest.Channel;

/**
 * 收到申请之日 (条例第三十一条): the legal date of receipt for the channel. Staff give it for paper, fax and oral
 * applications; it can never lie in the future. Online submissions are received the day they are submitted.
 */
public final class ReceiptDateRule {

	static final LocalDate EARLIEST = LocalDate.of(2008, 5, 1);

	private ReceiptDateRule() {
	}

	public static Decision check(Channel channel, LocalDate receivedOn, LocalDate today) {
		if (channel == null) {
			return Decision.reject("channel", "inforequest.error.channelRequired");
		}
		if (receivedOn == null) {
			return Decision.reject("receivedOn", "inforequest.error.receivedOnRequired." + channel.key());
		}
		if (receivedOn.isAfter(today)) {
			return Decision.reject("receivedOn", "inforequest.error.receivedInFuture", receivedOn.toString());
		}
		if (receivedOn.isBefore(EARLIEST)) {
			return Decision.reject("receivedOn", "inforequest.error.receivedTooEarly", EARLIEST.toString());
		}
		if (channel == Channel.ONLINE && !receivedOn.equals(today)) {
			return Decision.reject("receivedOn", "inforequest.error.onlineReceivedToday");
		}
		return Decision.ALLOWED;
	}
}
