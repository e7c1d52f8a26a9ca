package org.yangguang.inforequest;

import java.time.LocalDate;

/**
 * The state of one information request (政府信息公开申请) at one moment, as stored and shown. Personal data of the
 * applicant is in full here: show {@link Applicant#masked()} unless the reader is entitled.
 *
 * @param id            null before it is stored
 * @param trackingNo    受理编号, e.g. {@code YSQ2026000123}
 * @param receivedOn    the legal date of receipt for the channel; the request counts in this year's 本年新收
 * @param addressedToId the organisation the application was addressed to
 * @param agencyId      the organisation handling it now (counted in its annual report)
 * @param assignedOn    when the office assigned it (the day received, when addressed to a department); null while
 *                      waiting for assignment
 * @param registeredBy  the staff member who registered a paper, fax or oral application; null for online ones
 * @param oral          口头申请: staff filled in the form for the applicant
 * @param imported      taken over from the register of past years
 * @param replyDueOn    the reply deadline while the reply clock runs; null while paused, restarted or finished
 * @param waitingDueOn  while waiting for the applicant or a third party: the end of their period
 */
public record RequestSnapshot(Long id, String trackingNo, RequestStatus status, Channel channel, LocalDate receivedOn,
		long addressedToId, long agencyId, LocalDate assignedOn, Applicant applicant, RequestedInformation information,
		Delivery delivery, String registeredBy, boolean oral, boolean imported, Correction correction,
		ThirdPartyConsultation thirdParty, ExtensionRequest extension, FeeNotice fee, Reply reply,
		LocalDate replyDueOn, LocalDate waitingDueOn) {

	/** 第三十一条: the rule that fixed {@link #receivedOn()} for the channel. */
	public ReceiptRule receiptRule() {
		return ReceiptRule.of(channel);
	}

	public boolean open() {
		return status.open();
	}

	public boolean assigned() {
		return assignedOn != null;
	}
}
