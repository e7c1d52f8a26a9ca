package org.yangguang.consultation;

import java.time.LocalDate;

/** A consultation in a list. */
public record ConsultationRow(long id, String title, String orgName, ConsultationStatus status,
		ConsultationPhase phase, LocalDate opensOn, LocalDate closesOn, int comments) {

	public String url() {
		return "/consultations/" + id;
	}
}
