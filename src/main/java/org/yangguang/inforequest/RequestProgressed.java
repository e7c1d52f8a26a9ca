package org.yangguang.inforequest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request took a step (registered, assigned, correction requested, fee notice, reply…), published inside the
 * step's transaction, one event per timeline entry. The module's own listener tells the applicant (when the step is a
 * notice to them) and the staff who must act next.
 *
 * @param trackingNo         受理编号
 * @param step               the timeline action, e.g. {@code correction-requested}, {@code replied}
 * @param on                 the day the step takes effect
 * @param agencyId           the organisation handling the request after the step
 * @param status             the request's status after the step
 * @param applicantAccountId the applicant's citizen account; null for applications made on paper or by phone
 * @param applicantTold      whether the step is a notice to the applicant (告知)
 * @param recordedAt         when the step was stored; with {@code seq}, identifies the step
 * @param seq                the step's position among the steps stored in the same transaction
 */
public record RequestProgressed(String trackingNo, String step, LocalDate on, long agencyId, RequestStatus status,
		Long applicantAccountId, boolean applicantTold, Instant recordedAt, int seq) {

	/** Identifies this step for whoever is told about it, so that a redelivered event tells nobody twice. */
	public String key() {
		return trackingNo + ":" + step + ":" + recordedAt.toEpochMilli() + ":" + seq;
	}
}
