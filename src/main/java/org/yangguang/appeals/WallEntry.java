package org.yangguang.appeals;

import java.time.LocalDate;

/** 回音壁 — a question and its answer, published with the citizen's consent, personal data masked. */
public record WallEntry(String ticketNo, AppealType type, String title, String question, String answer,
		String departmentName, LocalDate receivedOn, LocalDate repliedOn) {
}
