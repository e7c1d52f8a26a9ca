package org.yangguang.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.yangguang.consultation.HearingKind;
import org.yangguang.consultation.SelectionRule;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * A hearing seats its capacity: everyone when fewer register, the first registrants by the first-come rule, a draw
 * that repeats from its recorded seed by the lottery rule; registration closes on its date; the record comes after it
 * is held; a press conference takes no registrations.
 */
class HearingsSelectParticipantsByTheRecordedRule {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
	static final List<Long> TEN = LongStream.rangeClosed(1, 10).boxed().toList();

	static Hearing hearing(SelectionRule rule, int capacity) {
		Hearing h = Hearing.announce(7L, null, HearingKind.HEARING, "城区停车收费调整听证会",
				LocalDateTime.of(2026, 6, 20, 9, 30), "县政府三楼会议室", capacity, rule, TODAY.plusDays(10), null, TODAY,
				"刘洋");
		h.id = 42L;
		return h;
	}

	@Test
	void firstComeSeatsTheFirstRegistrantsInOrder() {
		Hearing h = hearing(SelectionRule.FIRST_COME, 3);
		assertThat(h.select(TEN, TODAY.plusDays(11))).containsExactly(1L, 2L, 3L);
		assertThat(h.status()).isEqualTo(Hearing.SELECTED);
	}

	@Test
	void theLotteryDrawsCapacityAndRepeatsFromItsSeed() {
		List<Long> first = hearing(SelectionRule.LOTTERY, 4).select(TEN, TODAY.plusDays(11));
		List<Long> again = hearing(SelectionRule.LOTTERY, 4).select(TEN, TODAY.plusDays(11));
		assertThat(first).hasSize(4).doesNotHaveDuplicates().isEqualTo(again);
		assertThat(TEN).containsAll(first);
	}

	@Test
	void everyoneIsSeatedWhenFewerRegisterThanTheCapacity() {
		assertThat(hearing(SelectionRule.LOTTERY, 20).select(List.of(5L, 9L), TODAY.plusDays(11)))
			.containsExactly(5L, 9L);
	}

	@Test
	void registrationClosesOnItsDateAndSelectionWaitsForIt() {
		Hearing h = hearing(SelectionRule.FIRST_COME, 3);
		h.requireRegistrationOpen(TODAY.plusDays(10));
		assertThatThrownBy(() -> h.requireRegistrationOpen(TODAY.plusDays(11)))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> h.select(TEN, TODAY.plusDays(10))).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void theRecordIsPublishedOnceAfterItIsHeld() {
		Hearing h = hearing(SelectionRule.FIRST_COME, 3);
		assertThatThrownBy(() -> h.publishRecord("记录", null, LocalDate.of(2026, 6, 19)))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> h.publishRecord(" ", null, LocalDate.of(2026, 6, 20)))
			.isInstanceOf(RuleViolationException.class);
		h.publishRecord("听证会记录：共 12 名代表发言。", "https://video.example.cn/1", LocalDate.of(2026, 6, 20));
		assertThat(h.status()).isEqualTo(Hearing.PUBLISHED);
		assertThatThrownBy(() -> h.publishRecord("再次", null, LocalDate.of(2026, 6, 21)))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void aPressConferenceTakesNoRegistrationsAndAHearingNeedsItsRuleAndDates() {
		Hearing press = Hearing.announce(7L, null, HearingKind.PRESS_CONFERENCE, "新闻发布会",
				LocalDateTime.of(2026, 6, 20, 15, 0), "县融媒体中心", 0, null, null, null, TODAY, "刘洋");
		assertThatThrownBy(() -> press.requireRegistrationOpen(TODAY)).isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> Hearing.announce(7L, null, HearingKind.HEARING, "听证会", LocalDateTime.of(2026, 6, 20,
				9, 0), "会议室", 10, null, TODAY.plusDays(3), null, TODAY, "刘洋")).isInstanceOf(RuleViolationException.class)
			.extracting("field").isEqualTo("rule");
		assertThatThrownBy(() -> Hearing.announce(7L, null, HearingKind.HEARING, "听证会", LocalDateTime.of(2026, 6, 20,
				9, 0), "会议室", 10, SelectionRule.LOTTERY, LocalDate.of(2026, 6, 20), null, TODAY, "刘洋"))
			.isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("registrationClosesOn");
	}
}
