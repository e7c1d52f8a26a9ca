package org.yangguang.inforequest;

import java.time.LocalDate;

/**
 * An application as received (条例第二十九条): how and when it arrived, the agency it is addressed to, who applies,
 * what information, in which form and by which route.
 *
 * @param receivedOn the legal date of receipt for the channel
 * @param agencyId   the organisation it is addressed to
 */
public record NewRequest(Channel channel, LocalDate receivedOn, long agencyId, Applicant applicant,
		RequestedInformation information, Delivery delivery) {
}
