package org.yangguang.consultation.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.yangguang.consultation.HearingView;

/** A hearing in the API: kind and rule as their lowercase keys. */
record HearingJson(long id, String kind, String status, String title, String orgName, Long consultation,
		LocalDateTime heldAt, String place, int capacity, String rule, LocalDate registrationClosesOn,
		String materials, LocalDate selectedOn, String selectionNote, String transcript, String videoUrl,
		int registered, int selected, List<HearingView.Registrant> registrants, HearingView.Registrant mine,
		Set<String> actions, String url) {

	static HearingJson of(HearingView v) {
		return new HearingJson(v.id(), v.kind().key(), v.status(), v.title(), v.orgName(), v.consultationId(),
				v.heldAt(), v.place(), v.capacity(), v.rule().key(), v.registrationClosesOn(), v.materials(),
				v.selectedOn(), v.selectionNote(), v.transcript(), v.videoUrl(), v.registered(), v.selected(),
				v.registrants(), v.mine(), v.actions(), "/hearings/" + v.id());
	}
}
