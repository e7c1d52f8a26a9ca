package org.yangguang.inforequest.internal;

import java.time.LocalDate;

import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.calendar.internal.HolidayDataFile;
import org.yangguang.inforequest.Applicant;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.Delivery;
import org.yangguang.inforequest.DeliveryForm;
import org.yangguang.inforequest.DeliveryRoute;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.RequestedInformation;

/** Requests on the official calendar shipped with the code, for the unit tests of the rules. */
final class Fixtures {

	/** The official schedules (2020 onwards): Spring Festival, National Day and the adjusted working days. */
	static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(HolidayDataFile.load());
	static final InfoRequestSettings SETTINGS = InfoRequestSettings.defaults();
	static final Actor CLERK = new Actor("clerk", "县教育局 刘洋", "余庆县教育局");
	static final Actor OFFICE = new Actor("office", "县政务公开办 王敏", "余庆县人民政府");

	private Fixtures() {
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	/** A request handed in at the department on {@code receivedOn} and registered the same day. */
	static InformationRequest receivedOn(String receivedOn) {
		return InformationRequest.receive(application(Channel.IN_PERSON, date(receivedOn)), "YSQ2025000001", true,
				date(receivedOn), SETTINGS, CLERK);
	}

	static NewRequest application(Channel channel, LocalDate receivedOn) {
		return new NewRequest(channel, receivedOn, 7L,
				new Applicant(ApplicantType.NATURAL_PERSON, null, "张伟", "resident_id", "520329199003151237", null, null,
						"13885212345", null, null),
				new RequestedInformation("2025年义务教育阶段学校招生计划", null, null, null),
				new Delivery(DeliveryForm.PAPER, DeliveryRoute.COLLECT));
	}

	/** The current reply deadline on the official calendar; null while paused. */
	static LocalDate replyDeadline(InformationRequest request) {
		return request.clocks().deadline(ClockKind.REPLY, CALENDAR).orElse(null);
	}
}
