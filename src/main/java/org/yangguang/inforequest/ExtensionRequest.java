package org.yangguang.inforequest;

import java.time.LocalDate;

/**
 * 延长答复期限 (条例第三十三条): proposed by the department, decided by the head of the disclosure office, at most
 * 20 working days and only once; the applicant is told.
 *
 * @param status     proposed, granted or refused
 * @param days       working days
 * @param reason     why
 * @param proposedBy who proposed it (display name), null when the office granted it directly
 * @param decidedBy  who granted or refused it
 * @param decidedOn  when; null while proposed
 */
public record ExtensionRequest(Status status, int days, String reason, String proposedBy, String decidedBy,
		LocalDate decidedOn) {

	public enum Status {
		PROPOSED, GRANTED, REFUSED;

		public String key() {
			return KeyedEnums.key(this);
		}
	}

	public boolean granted() {
		return status == Status.GRANTED;
	}

	public boolean pending() {
		return status == Status.PROPOSED;
	}
}
