package org.yangguang.inforequest;

import java.time.LocalDate;

/**
 * 征求第三方意见 (条例第三十二条): the third party has its working days to answer; the reply clock does not run
 * meanwhile. Silence lets the agency decide.
 *
 * @param party      who was consulted
 * @param contact    how, may be null
 * @param sentOn     the day the consultation was sent
 * @param dueOn      the last day for the third party's opinion
 * @param answeredOn the day the opinion arrived, or the day the period ended without one; null while pending
 * @param consent    true: consents; false: objects (with reasons); null: no answer (yet)
 * @param reason     the objection's reasons or a note
 */
public record ThirdPartyConsultation(String party, String contact, LocalDate sentOn, LocalDate dueOn,
		LocalDate answeredOn, Boolean consent, String reason) {

	public boolean pending() {
		return answeredOn == null;
	}

	/** Ended without an answer. */
	public boolean silent() {
		return answeredOn != null && consent == null;
	}
}
