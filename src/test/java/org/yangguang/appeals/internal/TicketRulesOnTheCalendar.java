package org.yangguang.appeals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.yangguang.appeals.AppealChannel;
import org.yangguang.appeals.AppealStatus;
import org.yangguang.appeals.AppealType;
import org.yangguang.appeals.Caller;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.calendar.internal.HolidayDataFile;
import org.yangguang.shared.IllegalTransitionException;

/**
 * The ticket's rules on the official calendar: the handling limit counts working days from receipt (a complaint
 * received before National Day is due after it); waiting for the citizen stops the clock; a return is allowed only
 * within one working day of dispatch; dissatisfaction reopens at most twice before the supervisor takes over.
 */
class TicketRulesOnTheCalendar {

	static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(HolidayDataFile.load());

	static Ticket complaint(String receivedOn) {
		return Ticket.register("SQ2025000001", AppealType.COMPLAINT, AppealChannel.HOTLINE, "噪音扰民",
				"工地夜间施工噪音扰民。", LocalDate.parse(receivedOn), false, false, null,
				new Caller("李明", "13985212345", null), null, null, null, "县长公开电话 孙倩", 5);
	}

	@Test
	void aComplaintReceivedBeforeNationalDayIsDueFiveWorkingDaysLaterAfterTheHoliday() {
		Ticket t = complaint("2025-09-29");
		// 9-30, [10-1..10-8 holiday], 10-9, 10-10, 10-11 (adjusted Saturday), 10-13
		assertThat(t.clock().deadline(CALENDAR)).contains(LocalDate.parse("2025-10-13"));
	}

	@Test
	void waitingForTheCitizenStopsTheClock() {
		Ticket t = complaint("2025-11-03");
		t.dispatch(3L, null, LocalDate.parse("2025-11-03"), "孙倩");
		t.accept(LocalDate.parse("2025-11-04"), "刘洋");
		assertThat(t.clock().deadline(CALENDAR)).contains(LocalDate.parse("2025-11-10"));
		t.waitForCitizen("请群众补充施工地点", LocalDate.parse("2025-11-05"), "刘洋");
		t.resume(LocalDate.parse("2025-11-07"), "刘洋");
		// 11-06 and 11-07 not counted
		assertThat(t.clock().deadline(CALENDAR)).contains(LocalDate.parse("2025-11-12"));
	}

	@Test
	void aTicketIsReturnedOnlyWithinOneWorkingDayOfDispatch() {
		Ticket t = complaint("2025-11-03");
		t.dispatch(3L, null, LocalDate.parse("2025-11-03"), "孙倩");
		assertThatThrownBy(() -> t.giveBack("不属于本单位", 2, LocalDate.parse("2025-11-05"), "刘洋"))
			.isInstanceOf(IllegalTransitionException.class);
		t.giveBack("不属于本单位", 1, LocalDate.parse("2025-11-04"), "刘洋");
		assertThat(t.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(t.departmentId()).isNull();
	}

	@Test
	void dissatisfactionReopensTwiceThenTheSupervisorTakesOver() {
		Ticket t = complaint("2025-11-03");
		t.dispatch(3L, null, LocalDate.parse("2025-11-03"), "孙倩");
		t.accept(LocalDate.parse("2025-11-03"), "刘洋");
		String[][] days = { { "2025-11-04", "2025-11-05" }, { "2025-11-06", "2025-11-07" }, { "2025-11-10", "2025-11-11" } };
		for (int round = 1; round <= 3; round++) {
			t.reply("已处理第" + round + "次", LocalDate.parse(days[round - 1][0]), "刘洋");
			t.rate("dissatisfied", LocalDate.parse(days[round - 1][1]), "李明", 5);
			assertThat(t.status()).isEqualTo(AppealStatus.REOPENED);
			assertThat(t.reopened()).isEqualTo(round);
			assertThat(t.escalated()).isEqualTo(round > Ticket.MAX_REOPENINGS);
		}
		assertThat(t.happened()).last().satisfies(h -> assertThat(h.action()).isEqualTo("escalated"));
		// a fresh time limit from the last reopening: 11-12 .. 11-18
		assertThat(t.clock().deadline(CALENDAR)).contains(LocalDate.parse("2025-11-18"));
	}

	@Test
	void aSatisfiedRatingClosesAndAClosedTicketTakesNoReply() {
		Ticket t = complaint("2025-11-03");
		t.dispatch(3L, null, LocalDate.parse("2025-11-03"), "孙倩");
		t.accept(LocalDate.parse("2025-11-03"), "刘洋");
		t.reply("已处理", LocalDate.parse("2025-11-04"), "刘洋");
		t.rate("basically_satisfied", LocalDate.parse("2025-11-05"), "李明", 5);
		assertThat(t.status()).isEqualTo(AppealStatus.CLOSED);
		assertThatThrownBy(() -> t.reply("再答复", LocalDate.parse("2025-11-06"), "刘洋"))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> t.accept(LocalDate.parse("2025-11-06"), "刘洋"))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void anUnansweredTicketPastItsDeadlineIsOverdueAndTakesASupervisionOrder() {
		Ticket t = complaint("2025-11-03");
		t.dispatch(3L, null, LocalDate.parse("2025-11-03"), "孙倩");
		t.accept(LocalDate.parse("2025-11-04"), "刘洋");
		assertThat(t.clock().assess(LocalDate.parse("2025-11-11"), CALENDAR, 1).state())
			.isEqualTo(org.yangguang.calendar.TimeLimitState.OVERDUE);
		t.supervised("请于3个工作日内办结并报送结果", 3, LocalDate.parse("2025-11-11"), "周强");
		assertThat(t.happened()).last().satisfies(h -> assertThat(h.action()).isEqualTo("supervised"));
		t.reply("已办结", LocalDate.parse("2025-11-12"), "刘洋");
		t.rate("satisfied", LocalDate.parse("2025-11-12"), "李明", 5);
		assertThatThrownBy(() -> t.supervised("再督办", 3, LocalDate.parse("2025-11-13"), "周强"))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void repeatsAreFoundByTheSimilarityOfTheirWords() {
		assertThat(Similarity.of("学校门口道路积水严重", "实验小学门口道路积水严重，学生不便")).isGreaterThan(Similarity.REPEAT);
		assertThat(Similarity.of("学校门口道路积水", "申请低保")).isLessThan(Similarity.REPEAT);
	}
}
