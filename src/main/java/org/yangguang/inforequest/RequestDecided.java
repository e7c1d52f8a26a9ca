package org.yangguang.inforequest;

import java.time.LocalDate;

/** An information request was replied to, closed or withdrawn: it now counts under {@code outcome}. */
public record RequestDecided(String trackingNo, long agencyId, Outcome outcome, ReplyType replyType,
		LocalDate decidedOn) {
}
